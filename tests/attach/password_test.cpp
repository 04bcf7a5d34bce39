// The password policy and the generator.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "attach_test_support.hpp"
#include "sanitize/attach.hpp"

using namespace sanitize::attach;
using sanitize::test::as_bytes;
using sanitize::test::as_string;

namespace {

PasswordCheck check(const std::string& password) { return check_password(as_bytes(password)); }

}  // namespace

TEST_CASE("attach: generated passwords meet the policy over many draws and use every kind of group", "[attach][password][slow]") {
    const std::string alphabets[] = {std::string(password_upper), std::string(password_lower), std::string(password_digits)};
    std::set<char> seen;
    std::set<std::string> distinct;
    for (int draw = 0; draw < 10'000; ++draw) {
        const std::string password = as_string(generate_password());
        INFO(password);
        REQUIRE(password.size() == generated_password_length);
        std::set<int> kinds;
        for (std::size_t group = 0; group < generated_groups; ++group) {
            const std::size_t start = group * (generated_group_size + 1);
            if (group > 0) REQUIRE(password[start - 1] == generated_separator);
            const std::string characters = password.substr(start, generated_group_size);
            // One kind per group: said as "capitals K M R X", not letter by letter with its case.
            int kind = -1;
            for (int k = 0; k < 3; ++k) {
                if (characters.find_first_not_of(alphabets[k]) == std::string::npos) kind = k;
            }
            REQUIRE(kind >= 0);
            kinds.insert(kind);
            seen.insert(characters.begin(), characters.end());
        }
        REQUIRE(kinds.size() == 3);
        const PasswordCheck verdict = check(password);
        REQUIRE(verdict.acceptable());
        REQUIRE(verdict.missing == 0);  // the hyphens are its symbols
        REQUIRE(verdict.length >= password_min_length_for(PasswordUse::privileged));
        REQUIRE(verdict.entropy_bits >= password_min_entropy_bits);
        distinct.insert(password);
    }
    CHECK(seen.size() == alphabets[0].size() + alphabets[1].size() + alphabets[2].size());
    CHECK(distinct.size() == 10'000);
}

TEST_CASE("attach: the generator's alphabets have no look-alikes and no sound-alikes", "[attach][password]") {
    const std::string alphabet = std::string(password_upper) + std::string(password_lower) + std::string(password_digits);
    // Look-alikes, the separator, and letters misheard when spelt out in English or katakana.
    for (char c : std::string("0O1lI-BDEGPTVZbdegptvzNnLSsJjQqo"))
        CHECK(alphabet.find(c) == std::string::npos);
}

TEST_CASE("passwords: privileged secrets need 12 characters, ordinary ones 10, by the same checker", "[attach][password]") {
    const std::string eleven = "Kq7#mPx2Wz9";
    CHECK(check(eleven).acceptable());
    const PasswordCheck privileged = check_password(as_bytes(eleven), PasswordUse::privileged);
    CHECK(privileged.problem == PasswordProblem::too_short);
    CHECK(privileged.length == 11);
    CHECK(password_min_length_for(PasswordUse::privileged) == 12);
    CHECK(password_min_length_for(PasswordUse::ordinary) == 10);
    CHECK(check_password(as_bytes(eleven + "!"), PasswordUse::privileged).acceptable());
    // Every other rule is the ordinary one.
    CHECK(check_password(as_bytes("Password2024!x"), PasswordUse::privileged).problem == PasswordProblem::dictionary_word);
    CHECK(check_password(as_bytes("qwzvtkxbnmrplh"), PasswordUse::privileged).problem == PasswordProblem::missing_class);
}

TEST_CASE("attach: refused passwords give their reason", "[attach][password]") {
    SECTION("too short") {
        const PasswordCheck c = check("Ab1!xyz");
        CHECK(c.problem == PasswordProblem::too_short);
        CHECK(c.length == 7);
    }
    SECTION("length counts characters, not bytes") {
        // Five Japanese characters are fifteen bytes but five characters.
        const PasswordCheck c = check("合言葉です");
        CHECK(c.problem == PasswordProblem::too_short);
        CHECK(c.length == 5);
    }
    SECTION("missing classes are named") {
        const PasswordCheck c = check("qwzvtkxbnmrplh");
        CHECK(c.problem == PasswordProblem::missing_class);
        CHECK(c.missing == (class_upper | class_digit | class_symbol));
        CHECK(check("QWZVTKXB#nmr").missing == class_digit);
    }
    SECTION("dictionary words") {
        const PasswordCheck c = check("Password2024!");
        CHECK(c.problem == PasswordProblem::dictionary_word);
        CHECK(c.dictionary_run >= password_max_dictionary_run);
        CHECK(check("Sunshine#77x").problem == PasswordProblem::dictionary_word);
        CHECK(check("P@ssw0rd!2024").problem == PasswordProblem::dictionary_word);  // leet
    }
    SECTION("too guessable, with the estimate") {
        const PasswordCheck c = check("Aa1!Aa1!Aa1!");
        CHECK(c.problem == PasswordProblem::too_guessable);
        CHECK(c.entropy_bits < password_min_entropy_bits);
        CHECK(c.entropy_bits > 0);
    }
    SECTION("bytes nobody can type") {
        CHECK(check("Abcdefgh1!\x01x").problem == PasswordProblem::invalid_characters);
        CHECK(check("Abcdefgh1!\xff").problem == PasswordProblem::invalid_characters);
    }
}

TEST_CASE("attach: strong supplied passwords are accepted", "[attach][password]") {
    for (const char* good : {"vK3#pQ9!zR2&", "Tz8%mW4+qX7=hJ", "合言葉Xq7#vZ9!k"}) {
        INFO(good);
        const PasswordCheck c = check(good);
        CHECK(c.acceptable());
        CHECK(c.entropy_bits >= password_min_entropy_bits);
    }
}
