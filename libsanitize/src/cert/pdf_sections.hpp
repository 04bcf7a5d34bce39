// The fields of each section of the certificate page, as bilingual label/value pairs.
#pragma once

#include <string>
#include <vector>

#include "cert/pdf_labels.hpp"
#include "cert/pdf_layout.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert::detail {

struct PageInput {
    const Certificate& certificate;
    const PdfOptions& options;
    std::string sha256_hex;
    const Labels& labels;
};

std::vector<Field> medium_fields(const PageInput& in);
std::vector<Field> method_fields(const PageInput& in);
// Only for firmware purges' certificates.
std::vector<Field> firmware_fields(const PageInput& in);
// Only for certificates with a health member (older ones and some purges have none).
std::vector<Field> health_fields(const PageInput& in);
std::vector<Field> times_fields(const PageInput& in);
std::vector<Field> people_fields(const PageInput& in);
std::vector<Field> record_fields(const PageInput& in);

}  // namespace sanitize::cert::detail
