// Joins the layers: header, recipients, STREAM and armor, into the streaming Encryptor and
// Decryptor.
#include "sanitize/age.hpp"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>

#include "crypt/armor.hpp"
#include "crypt/encoding.hpp"
#include "crypt/header.hpp"
#include "crypt/hkdf.hpp"
#include "crypt/stream.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::crypt {
namespace {

std::span<const std::uint8_t> bytes_of(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::array<std::uint8_t, 32> header_mac(std::span<const unsigned char> file_key, std::span<const std::uint8_t> input) {
    const SecretBuffer key = detail::hkdf_sha256(file_key, {}, "header");
    std::array<std::uint8_t, 32> mac{};
    detail::hmac_sha256(key.bytes(), input, mac);
    return mac;
}

bool mixes_scrypt(std::span<const Stanza> stanzas) {
    return stanzas.size() > 1 &&
           std::any_of(stanzas.begin(), stanzas.end(), [](const Stanza& s) { return s.type == "scrypt"; });
}

}  // namespace

Sink fd_sink(int fd) {
    return [fd](std::span<const std::uint8_t> bytes) -> Result<void> {
        while (!bytes.empty()) {
            const ssize_t n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return make_error(errc_from_errno(errno), "write", errno);
            bytes = bytes.subspan(static_cast<std::size_t>(n));
        }
        return {};
    };
}

Result<HeaderInfo> parse_header(std::span<const std::uint8_t> file_start) {
    auto parsed = detail::parse_header_prefix(file_start);
    if (!parsed) return parsed.error();
    if (!*parsed) return make_error(Errc::malformed_input, "header: truncated");
    return HeaderInfo{std::move((*parsed)->stanzas), (*parsed)->length};
}

std::string armor_encode(std::span<const std::uint8_t> bytes) {
    std::string text;
    detail::ArmorWriter writer([&text](std::span<const std::uint8_t> out) -> Result<void> {
        text.append(reinterpret_cast<const char*>(out.data()), out.size());
        return {};
    });
    (void)writer.write(bytes);  // a sink into a string cannot fail
    (void)writer.finish();
    return text;
}

Result<std::vector<std::uint8_t>> armor_decode(std::string_view text) {
    std::vector<std::uint8_t> bytes;
    detail::ArmorReader reader([&bytes](std::span<const std::uint8_t> out) -> Result<void> {
        bytes.insert(bytes.end(), out.begin(), out.end());
        return {};
    });
    if (auto written = reader.write(bytes_of(text)); !written) return written.error();
    if (auto finished = reader.finish(); !finished) return finished.error();
    return bytes;
}

// ---- Encryptor ----

struct Encryptor::Impl {
    Sink sink;
    std::optional<detail::ArmorWriter> armor;
    std::optional<detail::StreamWriter> stream;
    bool finished = false;

    Result<void> out(std::span<const std::uint8_t> bytes) { return armor ? armor->write(bytes) : sink(bytes); }
};

Encryptor::Encryptor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Encryptor::Encryptor(Encryptor&&) noexcept = default;
Encryptor& Encryptor::operator=(Encryptor&&) noexcept = default;
Encryptor::~Encryptor() = default;

Result<Encryptor> Encryptor::create(std::span<const Recipient* const> recipients, Sink sink, bool armor) {
    util::ensure_sodium_initialized();
    if (recipients.empty()) return make_error(Errc::invalid_argument, "no recipient");
    SecretBuffer file_key(file_key_bytes);
    randombytes_buf(file_key.bytes().data(), file_key.size());
    std::vector<Stanza> stanzas;
    for (const Recipient* recipient : recipients) {
        auto wrapped = recipient->wrap(file_key.bytes());
        if (!wrapped) return wrapped.error();
        stanzas.insert(stanzas.end(), wrapped->begin(), wrapped->end());
    }
    // A passphrase file that others can also open would not prove who made it.
    if (mixes_scrypt(stanzas)) return make_error(Errc::invalid_argument, "scrypt recipient must be the only one");

    auto impl = std::make_unique<Impl>();
    impl->sink = std::move(sink);
    if (armor) impl->armor.emplace(impl->sink);
    std::string header = detail::marshal_without_mac(stanzas);
    const auto mac = header_mac(file_key.bytes(), bytes_of(header));
    header += " " + detail::encode_base64(mac, false) + "\n";
    std::array<std::uint8_t, detail::payload_nonce_bytes> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    if (auto written = impl->out(bytes_of(header)); !written) return written.error();
    if (auto written = impl->out(nonce); !written) return written.error();
    Impl* raw = impl.get();
    impl->stream.emplace(detail::payload_key(file_key.bytes(), nonce),
                         [raw](std::span<const std::uint8_t> bytes) { return raw->out(bytes); });
    return Encryptor(std::move(impl));
}

Result<void> Encryptor::write(std::span<const std::uint8_t> plaintext) {
    if (impl_->finished) return make_error(Errc::invalid_argument, "write after finish");
    return impl_->stream->write(plaintext);
}

Result<void> Encryptor::finish() {
    if (impl_->finished) return make_error(Errc::invalid_argument, "finish twice");
    impl_->finished = true;
    if (auto sealed = impl_->stream->finish(); !sealed) return sealed;
    return impl_->armor ? impl_->armor->finish() : Result<void>();
}

// ---- Decryptor ----

struct Decryptor::Impl {
    std::vector<const Identity*> identities;
    Sink sink;
    enum class Mode { detecting, binary, armored } mode = Mode::detecting;
    std::vector<std::uint8_t> head;  // bytes before the armor decision, then the header
    std::optional<detail::ArmorReader> armor;
    bool header_done = false;
    std::optional<SecretBuffer> file_key;
    std::vector<std::uint8_t> nonce;
    std::optional<detail::StreamReader> stream;
    bool failed = false;

    Result<void> detect(std::span<const std::uint8_t> bytes, bool at_end);
    Result<void> binary(std::span<const std::uint8_t> bytes);
    Result<void> accept_header(const detail::Header& header);
    Result<void> payload(std::span<const std::uint8_t> bytes);
    Result<void> finish();
};

// Binary files start with the version line. Anything else that looks like PEM (a dash first,
// or a BEGIN line somewhere near the top) goes to the armor reader, so that a damaged armor is
// reported as such rather than as "not an age file".
Result<void> Decryptor::Impl::detect(std::span<const std::uint8_t> bytes, bool at_end) {
    static constexpr std::string_view magic = "age-encryption.org/";
    head.insert(head.end(), bytes.begin(), bytes.end());
    const std::string_view view(reinterpret_cast<const char*>(head.data()), head.size());
    const auto first = view.find_first_not_of(" \t\n\r\v\f");
    const bool binary_start = view.starts_with(magic);
    const bool armor_like = (first != std::string_view::npos && view[first] == '-') ||
                            view.find(detail::armor_begin.substr(0, 10)) != std::string_view::npos;
    const bool may_be_magic = view.size() < magic.size() && magic.starts_with(view);
    if (!at_end && !binary_start && !armor_like && (may_be_magic || head.size() < 4096)) return {};
    std::vector<std::uint8_t> held = std::move(head);
    head.clear();
    if (!binary_start && armor_like) {
        mode = Mode::armored;
        armor.emplace([this](std::span<const std::uint8_t> decoded) { return binary(decoded); });
        return armor->write(held);
    }
    mode = Mode::binary;
    return binary(held);
}

Result<void> Decryptor::Impl::binary(std::span<const std::uint8_t> bytes) {
    if (header_done) return payload(bytes);
    const std::size_t old_size = head.size();
    head.insert(head.end(), bytes.begin(), bytes.end());
    // Parse again only when a line may have ended: headers are a few short lines.
    if (std::find(head.begin() + static_cast<std::ptrdiff_t>(old_size), head.end(), '\n') == head.end()) {
        return head.size() > detail::header_max_bytes
                   ? Result<void>(make_error(Errc::malformed_input, "header: too long"))
                   : Result<void>();
    }
    auto parsed = detail::parse_header_prefix(head);
    if (!parsed) return parsed.error();
    if (!*parsed) return {};
    if (auto accepted = accept_header(**parsed); !accepted) return accepted;
    header_done = true;
    std::vector<std::uint8_t> rest(head.begin() + static_cast<std::ptrdiff_t>((*parsed)->length), head.end());
    head.clear();
    head.shrink_to_fit();
    return payload(rest);
}

Result<void> Decryptor::Impl::accept_header(const detail::Header& header) {
    if (mixes_scrypt(header.stanzas)) return make_error(Errc::malformed_input, "header: scrypt stanza not alone");
    for (const Identity* identity : identities) {
        auto unwrapped = identity->unwrap(header.stanzas);
        if (!unwrapped) return unwrapped.error();
        if (*unwrapped) {
            file_key = std::move(**unwrapped);
            break;
        }
    }
    if (!file_key) return make_error(Errc::wrong_passphrase, "no identity matched");
    const auto mac = header_mac(file_key->bytes(), std::span(head).first(header.mac_input_length));
    if (sodium_memcmp(mac.data(), header.mac.data(), mac.size()) != 0) {
        return make_error(Errc::integrity_failure, "header: MAC does not match");
    }
    return {};
}

Result<void> Decryptor::Impl::payload(std::span<const std::uint8_t> bytes) {
    if (!stream) {
        const std::size_t take = std::min(bytes.size(), detail::payload_nonce_bytes - nonce.size());
        nonce.insert(nonce.end(), bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(take));
        bytes = bytes.subspan(take);
        if (nonce.size() < detail::payload_nonce_bytes) return {};
        stream.emplace(detail::payload_key(file_key->bytes(), nonce), sink);
    }
    return bytes.empty() ? Result<void>() : stream->write(bytes);
}

Result<void> Decryptor::Impl::finish() {
    if (mode == Mode::detecting) {
        if (auto detected = detect({}, true); !detected) return detected;
    }
    if (armor) {
        if (auto ended = armor->finish(); !ended) return ended;
    }
    if (!header_done) return make_error(Errc::malformed_input, "header: truncated");
    if (!stream) return make_error(Errc::malformed_input, "payload: no nonce");
    return stream->finish();
}

Decryptor::Decryptor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Decryptor::Decryptor(Decryptor&&) noexcept = default;
Decryptor& Decryptor::operator=(Decryptor&&) noexcept = default;
Decryptor::~Decryptor() = default;

Decryptor Decryptor::create(std::span<const Identity* const> identities, Sink sink) {
    util::ensure_sodium_initialized();
    auto impl = std::make_unique<Impl>();
    impl->identities.assign(identities.begin(), identities.end());
    impl->sink = std::move(sink);
    return Decryptor(std::move(impl));
}

Result<void> Decryptor::write(std::span<const std::uint8_t> ciphertext) {
    if (impl_->failed) return make_error(Errc::invalid_argument, "write after a failure");
    Result<void> done = impl_->mode == Impl::Mode::detecting ? impl_->detect(ciphertext, false)
                        : impl_->mode == Impl::Mode::armored ? impl_->armor->write(ciphertext)
                                                             : impl_->binary(ciphertext);
    impl_->failed = !done;
    return done;
}

Result<void> Decryptor::finish() {
    if (impl_->failed) return make_error(Errc::invalid_argument, "finish after a failure");
    impl_->failed = true;  // one finish only
    return impl_->finish();
}

}  // namespace sanitize::crypt
