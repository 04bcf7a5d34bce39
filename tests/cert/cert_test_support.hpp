// What the certificate tests share: a real wipe report from a FaultDevice, a context with
// Japanese names, key pairs, byte views and file helpers.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "fault_device.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/keys.hpp"
#include "wipe_helpers.hpp"

namespace sanitize::test {

inline constexpr std::uint64_t medium_bytes = std::uint64_t{1} << 20;

inline std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text(std::filesystem::file_size(path), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) throw std::runtime_error("cannot read " + path);
    return text;
}

inline void write_file(const std::string& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

// A medium of 1 MiB with a serial, wiped for real by the engine.
inline sanitize::test::FaultPlan plain_medium() {
    sanitize::test::FaultPlan plan;
    plan.size_bytes = medium_bytes;
    plan.sector_bytes = 512;
    plan.initial_fill = 0xA5;
    return plan;
}

inline wipe::WipeReport wipe_report(sanitize::test::FaultPlan plan = plain_medium(), const std::string& method = "random",
                                    const std::string& verify = "last", bool blank = true) {
    sanitize::test::FaultDevice medium(std::move(plan));
    wipe::WipeReport report = sanitize::test::wipe(medium, method, verify, blank);
    // The fault device names itself; give it the identity a USB stick would have.
    report.device.vendor = "BUFFALO";
    report.device.model = "USB Flash Disk";
    report.device.serial = "0123456789ABCDEF";
    report.device.serial_source = "udev:ID_SERIAL_SHORT";
    report.device.transport = "usb";
    report.device.removable = true;
    report.device.rotational = false;
    report.device.kind = device::TargetKind::block_device;
    report.device.kernel_name = "sdb";
    return report;
}

struct People {
    keys::KeyPair operator_key = keys::generate_key_pair();
    keys::KeyPair validator_key = keys::generate_key_pair();
};

inline cert::Person operator_person(const keys::KeyPair& key) {
    return cert::Person{"山田 太郎", "情報システム課 主任", ledger::Role::staff, key.public_key.id};
}

inline cert::Person validator_person(const keys::KeyPair& key) {
    return cert::Person{"佐藤 花子", "情報セキュリティ責任者", ledger::Role::admin, key.public_key.id};
}

inline cert::CertificateContext context_for(const keys::KeyPair& operator_key) {
    cert::CertificateContext context;
    context.organisation = {"株式会社サンプル商事", "総務部", "東京本社 3F"};
    context.operator_person = operator_person(operator_key);
    context.host = {"ws-soumu-01", ""};
    context.asset_id = "USB-2024-017";
    context.classification_before = 2;
    context.classification_after = 0;
    context.destination = cert::Destination::reuse;
    context.medium_source = "貸出用USBメモリ";
    context.comments = "返却後の定期消去";
    return context;
}

inline cert::Certificate certificate_for(const keys::KeyPair& operator_key,
                                         const wipe::WipeReport& report = wipe_report()) {
    return cert::build_certificate(report, context_for(operator_key)).value();
}

inline std::string json_of(const cert::Certificate& certificate) {
    return cert::serialize_certificate(certificate).value();
}

}  // namespace sanitize::test
