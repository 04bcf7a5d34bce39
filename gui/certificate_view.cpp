#include "certificate_view.hpp"

#include <utility>
#include <vector>

#include <QStringList>

#include "error_text.hpp"

namespace sanitize::gui {

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString hidden_state_text(cert::HiddenAreaState state) {
    switch (state) {
        case cert::HiddenAreaState::detected: return CertificateView::tr("detected");
        case cert::HiddenAreaState::none: return CertificateView::tr("none");
        case cert::HiddenAreaState::not_applicable: return CertificateView::tr("not applicable");
        case cert::HiddenAreaState::unknown: return CertificateView::tr("unknown (not probed or no answer)");
    }
    return CertificateView::tr("unknown (not probed or no answer)");
}

// One word when HPA, DCO and AMA agree (an image file: not applicable), else each by name; a
// reset made before the wipe says what the probe found before it.
QString hidden_areas_text(const cert::HiddenAreas& hidden) {
    const auto each = [](cert::HiddenAreaState hpa, cert::HiddenAreaState dco, cert::HiddenAreaState ama) {
        if (hpa == dco && dco == ama) return hidden_state_text(hpa);
        return CertificateView::tr("HPA %1, DCO %2, AMA %3").arg(hidden_state_text(hpa), hidden_state_text(dco), hidden_state_text(ama));
    };
    QString text = each(hidden.hpa, hidden.dco, hidden.ama);
    if (hidden.reset) {
        text += "<br>" + CertificateView::tr("restored to the native size before the wipe; found before: %1")
                             .arg(each(hidden.reset->hpa_before, hidden.reset->dco_before, hidden.reset->ama_before));
    }
    return text;
}

// The drive's verdict where it was read, else why it was not: never a verdict it did not give.
QString health_text(const cert::HealthRecord& health) {
    switch (health.state) {
        case cert::HealthState::not_applicable:
            return CertificateView::tr("not applicable: %1").arg(Words::drive_reason(health.reason).toHtmlEscaped());
        case cert::HealthState::unavailable:
            return CertificateView::tr("not available: %1").arg(Words::drive_reason(health.reason).toHtmlEscaped());
        case cert::HealthState::read: break;
    }
    QString text = !health.passed ? CertificateView::tr("read, no overall verdict given")
                   : *health.passed ? CertificateView::tr("passed")
                                    : "<b>" + CertificateView::tr("FAILED") + "</b>";
    QStringList attributes;
    for (const cert::HealthAttribute& attribute : health.attributes) {
        attributes << q(attribute.name) + " " + QString::number(attribute.value);
    }
    if (!attributes.isEmpty()) text += "<br>" + attributes.join(", ");
    return text;
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
        {tr("Hidden areas (HPA/DCO/AMA)"), hidden_areas_text(c.hidden_areas)},
        {tr("Afterwards"), q(std::string(cert::destination_name(c.destination)))},
        {tr("Host"), q(c.host.hostname)},
    };
    QString html = "<table cellspacing='4'>";
    for (const auto& [name, value] : rows) html += "<tr><td><b>" + name + "</b></td><td>" + value + "</td></tr>";
    // Certificates issued before the health read was recorded have none: no row rather than a guess.
    if (c.health) html += "<tr><td><b>" + tr("Drive health before the wipe (SMART)") + "</b></td><td>" + health_text(*c.health) + "</td></tr>";
    html += "</table>";
    setHtml(html);
}

}  // namespace sanitize::gui
