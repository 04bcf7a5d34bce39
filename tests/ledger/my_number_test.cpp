// The My Number guard: the official check-digit formula and where a number may hide in text.
#include <catch2/catch.hpp>

#include "sanitize/ledger.hpp"

using sanitize::ledger::contains_my_number;
using sanitize::ledger::is_my_number;

TEST_CASE("the check digit follows the formula of the Cabinet Order, art. 8", "[ledger][my_number]") {
    CHECK(is_my_number("123456789018"));  // sum 212, 212 mod 11 = 3, 11 - 3 = 8
    for (char last = '0'; last <= '9'; ++last) {
        if (last != '8') CHECK_FALSE(is_my_number(std::string("12345678901") + last));
    }
    CHECK(is_my_number("595748906820"));  // remainder 0: check digit 0
    CHECK(is_my_number("254122482440"));  // remainder 1: check digit 0
    CHECK_FALSE(is_my_number("254122482441"));
    CHECK_FALSE(is_my_number("12345678901"));    // 11 digits
    CHECK_FALSE(is_my_number("1234567890188"));  // 13 digits
    CHECK_FALSE(is_my_number("12345678901a"));
}

TEST_CASE("a My Number is found in its usual spellings", "[ledger][my_number]") {
    CHECK(contains_my_number("123456789018"));
    CHECK(contains_my_number("番号: 123456789018 (本人確認済)"));
    CHECK(contains_my_number("1234 5678 9018"));
    CHECK(contains_my_number("1234-5678-9018"));
    CHECK(contains_my_number("１２３４５６７８９０１８"));          // full-width digits
    CHECK(contains_my_number("１２３４－５６７８－９０１８"));      // full-width hyphens
    CHECK(contains_my_number("１２３４　５６７８　９０１８"));      // ideographic spaces
    CHECK(contains_my_number("No.5 1234 5678 9018"));
    CHECK(contains_my_number("ID123456789018"));
}

TEST_CASE("other numbers are not taken for a My Number", "[ledger][my_number]") {
    CHECK_FALSE(contains_my_number("123456789017"));             // wrong check digit
    CHECK_FALSE(contains_my_number("1234567890180"));            // 13 digits
    CHECK_FALSE(contains_my_number("9123456789018"));
    CHECK_FALSE(contains_my_number("1234 5678 9018 3456"));      // a card number
    CHECK_FALSE(contains_my_number("03-1234-5678"));             // a phone number
    CHECK_FALSE(contains_my_number("2025-04-01T00:00:00Z"));
    CHECK_FALSE(contains_my_number("123 456 789 018"));          // not 4-4-4
    CHECK_FALSE(contains_my_number("12345678  9018"));           // two separators
    CHECK_FALSE(contains_my_number(""));
    CHECK_FALSE(contains_my_number("顧客名簿"));
}

TEST_CASE("digits inside hashes and UUIDs are not taken for a My Number", "[ledger][my_number]") {
    // The 12-digit run 123456789018 inside machine identifiers.
    CHECK_FALSE(contains_my_number("ab123456789018cdef0123456789abcdef0123456789abcdef0123456789abcd"));  // SHA-256
    CHECK_FALSE(contains_my_number("sha256=ab123456789018cdef0123456789abcdef01"));  // 34 hex digits after '='
    CHECK_FALSE(contains_my_number("77a5e4fe-4d4a-4e51-8b21-123456789018"));  // a UUID's last group
    CHECK_FALSE(contains_my_number("id 77A5E4FE-4D4A-4E51-8B21-123456789018 ok"));
    // A certificate's file name: its UUID's middle groups spell 4101-8042-4788, a valid check
    // digit (seen in a device-lab run); the UUID inside the name is still a machine identifier.
    CHECK_FALSE(contains_my_number("certificate-c43fc190-daed-4101-8042-4788a53bbab0.json"));
    CHECK_FALSE(contains_my_number("sha256-ab123456789018cdef0123456789abcdef01"));
    // ... but not inside words a person could have typed around a number.
    CHECK(contains_my_number("ab123456789018cd"));                         // too short for a hash
    CHECK(contains_my_number("77a5e4fe-4d4a-4e51-123456789018"));          // not a UUID
    CHECK(contains_my_number("ab123456789018cdef0123456789abcdef01234g"));  // not hex throughout
    CHECK(contains_my_number("77a5e4fe-4d4a-4e51-8b21-0000 123456789018"));
    CHECK(contains_my_number("note-4101-8042-4788.txt"));  // the same digits, no UUID around them
}
