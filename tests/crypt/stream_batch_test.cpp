// The parallel STREAM path: chunks are sealed and opened a batch at a time on worker threads.
// Sizes around chunk and batch boundaries must give exactly the bytes stock age reads and
// writes, damage at a batch boundary must release exactly the authenticated prefix, and a stop
// in the middle of a multi-batch folder must leave nothing.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stop_token>
#include <thread>

#include "crypt/batch_pipeline.hpp"
#include "crypt_test_support.hpp"
#include "run_process.hpp"
#include "sanitize/age.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using namespace sanitize::crypt;
using namespace sanitize::test;
namespace fs = std::filesystem;
using crypt::detail::batch_chunks;
using crypt::detail::sealed_chunk_bytes;

namespace {

constexpr std::size_t chunk = payload_chunk_bytes;
constexpr std::size_t batch = batch_chunks * payload_chunk_bytes;

std::vector<std::size_t> boundary_sizes() {
    return {0, 1, chunk - 1, chunk, chunk + 1, batch - chunk, batch - 1, batch, batch + 1, batch + chunk,
            3 * batch + chunk / 2, 5 * batch};
}

std::size_t header_length(const std::string& file) { return parse_header(bytes_of(file))->length + 16; }

// The offset of chunk `index` in a binary file.
std::size_t chunk_at(const std::string& file, std::size_t index) { return header_length(file) + index * sealed_chunk_bytes; }

}  // namespace

TEST_CASE("age batches: round trips around chunk and batch boundaries, any piece size", "[crypt][stream][batch]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    for (const std::size_t size : boundary_sizes()) {
        const std::string plain = pattern_bytes(size, static_cast<unsigned>(size + 7));
        const std::string file = encrypt_to_string(plain, {&recipient});
        // One sealed chunk per started 64 KiB, and one (empty) chunk for an empty payload.
        const std::size_t chunks = size == 0 ? 1 : (size + chunk - 1) / chunk;
        CHECK(file.size() == header_length(file) + size + 16 * chunks);
        for (const std::size_t piece : {std::size_t{4099}, sealed_chunk_bytes, std::size_t{3} << 20, file.size() + 1}) {
            const auto got = decrypt_string(file, {&identity}, piece);
            INFO("size " << size << " piece " << piece);
            REQUIRE(got.result);
            CHECK(got.plaintext == plain);
        }
    }
}

TEST_CASE("age batches: stock age reads what we seal and we open what it seals, at batch boundaries", "[crypt][stream][batch][interop]") {
    for (const char* tool : {"age", "age-keygen"}) {
        if (!find_program(tool)) {
            WARN("skipped: " << tool << " not installed");
            return;
        }
    }
    TempDir tmp("sanitize-batch");
    const fs::path key = fs::path(tmp.path()) / "key.txt";
    REQUIRE(run_process({"age-keygen", "-o", key.string()}).ok());
    auto identities = parse_identity_file(bytes_of(read_file(key)));
    REQUIRE(identities);
    const X25519Identity& identity = identities->front();
    const auto recipient = identity.recipient();
    for (const std::size_t size : boundary_sizes()) {
        INFO("size " << size);
        const std::string plain = pattern_bytes(size, static_cast<unsigned>(size));
        const fs::path ours = fs::path(tmp.path()) / "ours.age";
        write_file(ours, encrypt_to_string(plain, {&recipient}));
        ProcessResult opened = run_process({"age", "-d", "-i", key.string(), ours.string()});
        REQUIRE(opened.ok());
        CHECK(opened.out == plain);
        ProcessOptions input;
        input.stdin_text = plain;
        ProcessResult sealed = run_process({"age", "-r", recipient.to_string()}, input);
        REQUIRE(sealed.ok());
        const auto got = decrypt_string(sealed.out, {&identity}, std::size_t{1} << 20);
        REQUIRE(got.result);
        CHECK(got.plaintext == plain);
    }
}

TEST_CASE("age batches: damage at a batch boundary releases exactly the authenticated prefix", "[crypt][stream][batch]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    const std::string plain = pattern_bytes(3 * batch + 10, 11);
    const std::string file = encrypt_to_string(plain, {&recipient});
    const auto refused_with_prefix = [&](const std::string& damaged, std::size_t released) {
        for (const std::size_t piece : {std::size_t{65536}, std::size_t{5} << 20}) {
            const auto got = decrypt_string(damaged, {&identity}, piece);
            INFO("piece " << piece);
            REQUIRE_FALSE(got.result);
            CHECK(got.result.error().code == Errc::integrity_failure);
            CHECK(got.plaintext.size() == released);
            CHECK(got.plaintext == plain.substr(0, got.plaintext.size()));  // never a byte unauthenticated
        }
    };
    SECTION("truncated right after a batch: its chunks authenticated as middle chunks") {
        refused_with_prefix(file.substr(0, chunk_at(file, batch_chunks)), batch);
    }
    SECTION("truncated one byte before the end of a batch") {
        refused_with_prefix(file.substr(0, chunk_at(file, batch_chunks) - 1), batch - chunk);
    }
    SECTION("truncated one byte into the next batch") {
        refused_with_prefix(file.substr(0, chunk_at(file, batch_chunks) + 1), batch);
    }
    SECTION("extended by a byte: the short final chunk no longer authenticates") {
        refused_with_prefix(file + "x", 3 * batch);
    }
    SECTION("a flipped bit in the last chunk of a batch, or the first of the next") {
        for (const std::size_t index : {batch_chunks - 1, batch_chunks, 2 * batch_chunks - 1}) {
            std::string flipped = file;
            flipped[chunk_at(file, index) + 100] ^= 0x01;
            INFO("chunk " << index);
            refused_with_prefix(flipped, index * chunk);
        }
    }
    SECTION("a flipped bit in a tag at a batch boundary") {
        std::string flipped = file;
        flipped[chunk_at(file, batch_chunks) - 1] ^= 0x40;
        refused_with_prefix(flipped, (batch_chunks - 1) * chunk);
    }
}

TEST_CASE("age batches: a full final chunk followed by more is released, then refused", "[crypt][stream][batch]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    // The final chunk full and ending a batch, and full in the middle of one.
    for (const std::size_t chunks : {2 * batch_chunks, batch_chunks + 7}) {
        const std::string plain = pattern_bytes(chunks * chunk, static_cast<unsigned>(chunks));
        const std::string file = encrypt_to_string(plain, {&recipient});
        REQUIRE(decrypt_string(file, {&identity}).plaintext == plain);
        // A copy of a middle chunk after the end: it does not even authenticate at its counter,
        // and must not matter: the reference refuses trailing data once the final chunk opened.
        const std::string extra = file.substr(chunk_at(file, 1), sealed_chunk_bytes);
        for (const std::string& tail : {extra, extra + extra + extra, std::string("x")}) {
            const auto got = decrypt_string(file + tail, {&identity}, std::size_t{1} << 20);
            INFO("chunks " << chunks << " tail " << tail.size());
            REQUIRE_FALSE(got.result);
            CHECK(got.result.error().code == Errc::integrity_failure);
            CHECK(got.plaintext == plain);
        }
    }
}

TEST_CASE("age batches: sinks are called on the caller's thread only", "[crypt][stream][batch]") {
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    const std::string plain = pattern_bytes(4 * batch + 3, 3);
    const auto caller = std::this_thread::get_id();
    bool other_thread = false;
    std::string file;
    std::vector<const Recipient*> recipients = {&recipient};
    auto encryptor = Encryptor::create(recipients, [&](std::span<const std::uint8_t> bytes) -> Result<void> {
        other_thread = other_thread || std::this_thread::get_id() != caller;
        file.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return {};
    });
    REQUIRE(encryptor);
    REQUIRE(encryptor->write(bytes_of(plain)));
    REQUIRE(encryptor->finish());
    std::string opened;
    std::vector<const Identity*> identities = {&identity};
    auto decryptor = Decryptor::create(identities, [&](std::span<const std::uint8_t> bytes) -> Result<void> {
        other_thread = other_thread || std::this_thread::get_id() != caller;
        opened.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return {};
    });
    REQUIRE(decryptor.write(bytes_of(file)));
    REQUIRE(decryptor.finish());
    CHECK(opened == plain);
    CHECK_FALSE(other_thread);
}

TEST_CASE("age batches: a sink error stops the stream and is returned", "[crypt][stream][batch]") {
    const auto recipient = X25519Identity::generate().recipient();
    std::vector<const Recipient*> recipients = {&recipient};
    std::size_t calls = 0;
    auto encryptor = Encryptor::create(recipients, [&](std::span<const std::uint8_t>) -> Result<void> {
        if (++calls == 3) return make_error(Errc::io_error, "disk full");
        return {};
    });
    REQUIRE(encryptor);
    const std::string plain = pattern_bytes(8 * batch, 1);
    Result<void> written = encryptor->write(bytes_of(plain));
    if (written) written = encryptor->finish();
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Errc::io_error);
}

TEST_CASE("age batches: a stop in the middle of a multi-batch folder leaves nothing", "[crypt][folder][batch]") {
    TempDir tmp("sanitize-batch");
    const fs::path source = fs::path(tmp.path()) / "src";
    make_sample_tree(source);
    write_file(source / "large.bin", pattern_bytes(12 * batch + 123, 9));
    for (int i = 0; i < 50; ++i) write_file(source / "many" / std::to_string(i), pattern_bytes(5000, static_cast<unsigned>(i)));
    const auto identity = X25519Identity::generate();
    const auto recipient = identity.recipient();
    std::vector<const Recipient*> recipients = {&recipient};
    std::vector<const Identity*> identities = {&identity};

    // The whole folder first: the round trip, with the file large enough for many batches.
    const fs::path whole = fs::path(tmp.path()) / "whole.age";
    REQUIRE(encrypt_folder({source, recipients, false, {}}, whole, {}));
    REQUIRE(decrypt_to_folder({whole, fs::path(tmp.path()) / "out", identities, 0, {}}, {}));
    CHECK(tree_of(fs::path(tmp.path()) / "out" / "src") == tree_of(source));

    SECTION("encrypt: stopped once two batches reached the sink, more in flight") {
        std::stop_source stop;
        std::size_t sunk = 0;
        const Sink sink = [&](std::span<const std::uint8_t> bytes) -> Result<void> {
            sunk += bytes.size();
            if (sunk > 2 * batch) stop.request_stop();
            return {};
        };
        auto cancelled = encrypt_folder({source, recipients, false, {}}, sink, stop.get_token());
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().code == Errc::cancelled);
        CHECK(sunk < fs::file_size(whole));
    }
    SECTION("decrypt: stopped while the file arrives through a FIFO, nothing is left") {
        // The writer hands over three batches, asks for the stop, then wakes the reader with a
        // little more: the reader cannot have reached the end, so it must see the stop.
        const fs::path fifo = fs::path(tmp.path()) / "pipe.age";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        ::signal(SIGPIPE, SIG_IGN);
        std::stop_source stop;
        const std::string file = read_file(whole);
        std::thread writer([&] {
            const int fd = ::open(fifo.c_str(), O_WRONLY | O_CLOEXEC);
            std::string_view rest(file.data(), chunk_at(file, 3 * batch_chunks));
            while (!rest.empty()) {
                const ssize_t n = ::write(fd, rest.data(), rest.size());
                if (n <= 0) break;
                rest.remove_prefix(static_cast<std::size_t>(n));
            }
            stop.request_stop();
            ::fcntl(fd, F_SETFL, O_NONBLOCK);
            (void)!::write(fd, file.data() + chunk_at(file, 3 * batch_chunks), 4096);
            ::close(fd);
        });
        auto stopped = decrypt_to_folder({fifo, fs::path(tmp.path()) / "t", identities, 0, {}}, stop.get_token());
        writer.join();
        REQUIRE_FALSE(stopped);
        CHECK(stopped.error().code == Errc::cancelled);
        fs::remove(fifo);
    }
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(tmp.path())) left.push_back(entry.path().filename().string());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"out", "src", "whole.age"});
}
