#include "wipe/job_plan.hpp"

#include <cstring>

#include "util/hex.hpp"
#include "wipe/byte_ranges.hpp"
#include "wipe/chunk_runner.hpp"
#include "wipe/sampling.hpp"

namespace sanitize::wipe {
namespace {

// Everything but the keys and the seed, which differ between a new and a resumed job.
JobPlan plan_shape(const device::DeviceInfo& info, const Method& method, bool blank, const VerifyPlan& verify,
                   unsigned workers, const std::array<unsigned char, 32>& seed) {
    JobPlan plan;
    plan.passes = method.passes;
    if (blank) plan.passes.push_back(Pass{PassKind::pattern, {0x00}});
    plan.workers = worker_count(workers);
    plan.sample_seed = seed;
    const std::size_t count = plan.passes.size();
    for (std::size_t i = 0; i < count; ++i) {
        const bool last = i + 1 == count;
        plan.verify_pass.push_back(verify.mode == VerifyMode::all || (last && verify.mode != VerifyMode::none));
    }
    plan.verify_ranges = {{0, info.size_bytes}};
    plan.verify_mode = verify.mode == VerifyMode::sample ? VerifyMode::sample : VerifyMode::all;
    if (verify.mode == VerifyMode::sample) {
        SamplePlan sample = make_sample_plan(info.size_bytes, info.logical_sector_bytes, verify.sample_percent, seed);
        plan.verify_ranges = std::move(sample.ranges);
        plan.sample_subsections = sample.subsections;
    }
    const std::uint64_t verify_bytes = total_length(plan.verify_ranges);
    for (std::size_t i = 0; i < count; ++i)
        plan.total_work_bytes += info.size_bytes + (plan.verify_pass[i] ? verify_bytes : 0);
    plan.keys.resize(count);
    return plan;
}

std::optional<KeystreamCipher> cipher_from(const std::string& name) {
    if (name == cipher_name(KeystreamCipher::aes256_ctr)) return KeystreamCipher::aes256_ctr;
    if (name == cipher_name(KeystreamCipher::chacha20)) return KeystreamCipher::chacha20;
    return std::nullopt;
}

// A checkpoint continues this plan only if what it says was done is what the plan does: the
// finished passes in order and of the plan's kinds, the current pass next, a verifying phase only
// in a pass the plan verifies (anything else would skip writing the pass).
Result<void> check_against_plan(const Checkpoint& checkpoint, const JobPlan& plan) {
    const std::size_t count = plan.passes.size();
    if (checkpoint.pass_index >= count || checkpoint.finished_passes.size() != checkpoint.pass_index)
        return make_error(Errc::malformed_input, "checkpoint pass index");
    for (std::size_t i = 0; i < checkpoint.finished_passes.size(); ++i) {
        const PassReport& done = checkpoint.finished_passes[i];
        if (done.index != i || done.kind != plan.passes[i].kind || done.verification.has_value() != plan.verify_pass[i])
            return make_error(Errc::malformed_input, "checkpoint finished pass " + std::to_string(i));
    }
    const PassReport& current = checkpoint.current;
    if (current.index != checkpoint.pass_index || current.kind != plan.passes[checkpoint.pass_index].kind)
        return make_error(Errc::malformed_input, "checkpoint current pass");
    if (checkpoint.phase == Phase::verifying && !plan.verify_pass[checkpoint.pass_index])
        return make_error(Errc::malformed_input, "checkpoint phase");
    for (const Interruption& interruption : checkpoint.interruptions) {
        if (interruption.pass_index >= count) return make_error(Errc::malformed_input, "checkpoint interruption");
    }
    return {};
}

}  // namespace

JobPlan plan_job(const device::DeviceInfo& info, const WipeOptions& options) {
    JobPlan plan = plan_shape(info, options.method, options.blank, options.verify, options.workers, random_sample_seed());
    for (std::size_t i = 0; i < plan.passes.size(); ++i)
        if (plan.passes[i].kind == PassKind::random) plan.keys[i].emplace(Keystream::generate(resolve_generator(options.generator)));
    return plan;
}

Result<JobPlan> plan_resumed_job(const device::DeviceInfo& info, const Checkpoint& checkpoint, const WipeOptions& options) {
    Result<Method> method = parse_method(checkpoint.method);
    if (!method) return make_error(Errc::malformed_input, "checkpoint method");
    std::array<unsigned char, 32> seed{};
    const auto seed_bytes = util::parse_hex(checkpoint.sample_seed_hex);
    if (!seed_bytes || seed_bytes->size() != seed.size()) return make_error(Errc::malformed_input, "checkpoint sample seed");
    std::memcpy(seed.data(), seed_bytes->data(), seed.size());
    JobPlan plan = plan_shape(info, *method, checkpoint.blank, checkpoint.verify, options.workers, seed);
    for (const RandomPassKey& saved : checkpoint.keys) {
        auto key = util::parse_hex(saved.key_hex);
        const auto cipher = cipher_from(saved.cipher);
        const bool fits = saved.pass_index < plan.passes.size() && plan.passes[saved.pass_index].kind == PassKind::random;
        if (!key || key->size() != Keystream::key_bytes || !cipher || !fits)
            return make_error(Errc::malformed_input, "checkpoint key");
        plan.keys[saved.pass_index].emplace(
            Keystream::from_key(*cipher, std::span<const unsigned char, Keystream::key_bytes>(key->data(), Keystream::key_bytes)));
        std::memset(key->data(), 0, key->size());
    }
    for (std::size_t i = 0; i < plan.passes.size(); ++i)
        if (plan.passes[i].kind == PassKind::random && !plan.keys[i]) return make_error(Errc::malformed_input, "checkpoint key");
    if (Result<void> fits = check_against_plan(checkpoint, plan); !fits) return fits.error();
    return plan;
}

Checkpoint initial_checkpoint(const DeviceIdentity& identity, const JobPlan& plan, const WipeOptions& options) {
    Checkpoint c;
    c.device = identity;
    c.method = options.method.name;
    c.blank = options.blank;
    c.verify = options.verify;
    c.sample_seed_hex = util::to_hex(std::span<const std::uint8_t>(plan.sample_seed.data(), plan.sample_seed.size()));
    for (std::size_t i = 0; i < plan.keys.size(); ++i) {
        if (!plan.keys[i]) continue;
        const auto key = plan.keys[i]->key();
        c.keys.push_back({i, std::string(cipher_name(plan.keys[i]->cipher())),
                          util::to_hex(std::span<const std::uint8_t>(key.data(), key.size()))});
    }
    c.started = std::chrono::system_clock::now();
    return c;
}

}  // namespace sanitize::wipe
