// With CK_COND set, a SAT layer answers CHECK CONDITION / RECOVERED ERROR, "ATA pass through
// information available" (00h/1Dh) even on success: the ATA STATUS register decides, not the
// SCSI status.
#include "drive/ata_exec.hpp"

#include "drive/scsi_commands.hpp"

namespace sanitize::device::ata {

Result<Reply> run(CommandChannel& channel, const Exchange& exchange) {
    // Registers are wanted back from non-data commands (READ NATIVE MAX, SANITIZE STATUS).
    const bool check_condition = exchange.protocol == Protocol::non_data;
    const auto cdb = pass_through_16(exchange.taskfile, exchange.protocol, check_condition);
    ScsiCommand command{cdb, DataDirection::none, {}, {}, exchange.timeout_ms};
    if (exchange.protocol == Protocol::pio_data_in) {
        command.direction = DataDirection::from_device;
        command.data_in = exchange.data_in;
    } else if (exchange.protocol == Protocol::pio_data_out) {
        command.direction = DataDirection::to_device;
        command.data_out = exchange.data_out;
    }
    Result<ScsiReply> sent = channel.scsi(command);
    if (!sent) return sent.error();
    if (sent->transport_error) return make_error(Errc::io_error, "ata pass-through transport");
    Reply reply;
    if (sent->status == 0) {
        reply.registers = parse_registers(sent->sense);
        reply.answer = Answer::done;
        return reply;
    }
    // ILLEGAL REQUEST (invalid opcode or field): the SAT layer refused the CDB, the command never
    // reached an ATA drive. A bridge without SAT answers so with a fixed-format sense whose
    // INFORMATION bytes are zero, which would otherwise read as registers without an error bit.
    const auto sense = scsi::parse_sense(sent->sense);
    if (sense && sense->key == scsi::key_illegal_request) {
        reply.answer = Answer::not_passed_through;
        return reply;
    }
    reply.registers = parse_registers(sent->sense);
    if (reply.registers) {
        const bool error = (reply.registers->status & (status_err | status_df)) != 0;
        reply.answer = error ? Answer::aborted : Answer::done;
        return reply;
    }
    reply.answer = Answer::aborted;
    return reply;
}

}  // namespace sanitize::device::ata
