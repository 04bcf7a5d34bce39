// Every page of the GUI in Japanese holds no English: the words a person reads on it — labels,
// buttons, group and tab titles, table headers, the choices of lists, placeholders and tooltips —
// go through the detector the CLI's Japanese test uses (tests/support/english_words.hpp). Table
// cells and text fields are data (a disk's model, a file name) and are not read. A new page or
// button whose text was never translated fails here, with the widget and its text; so do Qt's
// own standard buttons when Qt's Japanese is not loaded.
#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "english_words.hpp"
#include "gui_test_support.hpp"
#include "main_window.hpp"

namespace sanitize::test {
namespace {

// A label's rich text as it reads.
QString plain(const QString& text) {
    if (!Qt::mightBeRichText(text)) return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// "what: text" for each piece of a widget's words that the person reads.
std::vector<std::string> words_shown_by(QWidget& widget) {
    std::vector<QString> texts;
    if (auto* label = qobject_cast<QLabel*>(&widget)) texts.push_back(plain(label->text()));
    if (auto* button = qobject_cast<QAbstractButton*>(&widget)) texts.push_back(button->text());
    if (auto* group = qobject_cast<QGroupBox*>(&widget)) texts.push_back(group->title());
    if (auto* line = qobject_cast<QLineEdit*>(&widget)) texts.push_back(line->placeholderText());
    if (auto* tabs = qobject_cast<QTabWidget*>(&widget)) {
        for (int i = 0; i < tabs->count(); ++i) texts.push_back(tabs->tabText(i));
    }
    if (auto* combo = qobject_cast<QComboBox*>(&widget)) {
        for (int i = 0; i < combo->count(); ++i) texts.push_back(combo->itemText(i));
    }
    if (auto* list = qobject_cast<QListWidget*>(&widget); list != nullptr && list->objectName() == "navigation") {
        for (int i = 0; i < list->count(); ++i) texts.push_back(list->item(i)->text());
    }
    if (auto* table = qobject_cast<QTableWidget*>(&widget)) {
        for (int i = 0; i < table->columnCount(); ++i) {
            if (QTableWidgetItem* header = table->horizontalHeaderItem(i)) texts.push_back(header->text());
        }
    }
    texts.push_back(widget.toolTip());
    std::vector<std::string> found;
    for (const QString& text : texts) {
        if (text == "English") continue;  // the language menu names each language in its own words
        for (const QString& line : text.split('\n')) {
            for (const std::string& word : english_words_in(line.toStdString())) {
                found.push_back(widget.metaObject()->className() + std::string(" \"") + line.toStdString() + "\": " + word);
            }
        }
    }
    return found;
}

std::vector<std::string> english_on_pages(gui::MainWindow& window) {
    std::vector<std::string> found;
    const std::vector<std::string> title = english_words_in(window.windowTitle().toStdString());
    for (const std::string& word : title) found.push_back("window title: " + word);
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        for (std::string& each : words_shown_by(*widget)) found.push_back(std::move(each));
    }
    return found;
}

}  // namespace

TEST_CASE("GUI: no page in Japanese shows an English word", "[gui][ja]") {
    GuiOffice fixture(1 << 20);
    gui::GuiSettings settings = fixture.settings(true);
    settings.language = "ja";
    gui::MainWindow window(settings);
    window.show();
    QApplication::processEvents();
    const std::vector<std::string> found = english_on_pages(window);
    std::string report;
    for (const std::string& each : found) report += each + "\n";
    INFO("English on the Japanese pages:\n" << report);
    CHECK(found.empty());
    // Qt's own buttons, as every dialog of the GUI shows them (qt6-translations-l10n).
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().toStdString() == "キャンセル");
}

TEST_CASE("GUI: the same pages in English are found to be English: the check can fail", "[gui][ja]") {
    GuiOffice fixture(1 << 20);
    gui::GuiSettings settings = fixture.settings(true);
    settings.language = "en";
    gui::MainWindow window(settings);
    window.show();
    QApplication::processEvents();
    CHECK(english_on_pages(window).size() > 20);
}

}  // namespace sanitize::test
