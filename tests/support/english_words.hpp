// Finds English words in text meant for a Japanese reader: the CLI's output under ja_JP
// (tests/cli/japanese_output_test.cpp) and the GUI's widgets in Japanese (tests/gui). What may
// stay in Latin letters is a short list of names and shapes, explained in english_words.cpp;
// anything else of two letters or more is English that a Japanese office would read.
#pragma once

#include <string>
#include <vector>

namespace sanitize::test {

// The English words of one line, in order.
std::vector<std::string> english_words_in(const std::string& line);

}  // namespace sanitize::test
