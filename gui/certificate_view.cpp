#include "certificate_view.hpp"

#include <utility>
#include <vector>

#include "error_text.hpp"

namespace sanitize::gui {

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

}  // namespace

CertificateView::CertificateView(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
}

void CertificateView::show_certificate(const cert::Certificate& c) {
    const std::vector<std::pair<QString, QString>> rows = {
        {tr("Certificate ID"), q(c.certificate_id)},
        {tr("Issued at"), q(ledger::time_text(c.issued_at))},
        {tr("Organisation"), q(c.organisation.name)},
        {tr("Operator"), q(c.operator_person.name) + " (" + Words::role(c.operator_person.role) + ")"},
        {tr("Medium"), q(c.medium.model) + " " + q(c.medium.serial)},
        {tr("Size"), Words::size(c.medium.size_bytes)},
        {tr("Asset"), q(c.asset_id)},
        {tr("Method"), q(c.method.name)},
        {tr("Outcome"), Words::outcome(c.outcome)},
        {tr("Bytes written"), QString::number(c.bytes_written)},
        {tr("Afterwards"), q(std::string(cert::destination_name(c.destination)))},
        {tr("Host"), q(c.host.hostname)},
    };
    QString html = "<table cellspacing='4'>";
    for (const auto& [name, value] : rows) html += "<tr><td><b>" + name + "</b></td><td>" + value + "</td></tr>";
    html += "</table>";
    setHtml(html);
}

}  // namespace sanitize::gui
