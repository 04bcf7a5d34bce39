// A certificate's fields as a read-only HTML table, in the user's language: what the PDF and
// `cert verify` show, the hidden areas and the drive's health included, from the certificate's
// own fields.
#pragma once

#include <QString>
#include <QTextBrowser>

#include "sanitize/cert.hpp"

namespace sanitize::gui {

class CertificateView : public QTextBrowser {
    Q_OBJECT

public:
    explicit CertificateView(QWidget* parent = nullptr);
    void show_certificate(const cert::Certificate& certificate);
};

}  // namespace sanitize::gui
