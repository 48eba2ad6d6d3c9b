#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

// A problem in an imported file, said so that the user can find and fix it: the file, the line
// (1-based, as a text editor counts), the column (1-based; 0 when the whole line or file is
// meant) with its header name, and what was expected.
struct ImportIssue
{
    QString file;
    int line = 0;
    int column = 0;
    QString columnName;
    QString message;

    // "pubdistricts-2022.txt, line 12, column 19 (Latitude): expected ..."
    QString toString() const;
    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

enum class TextEncoding { Utf8, Utf8WithBom, Latin1 };
enum class QuoteMode {
    Rfc4180, // "a, b" is one field, "" inside quotes is one quote, quoted fields may span lines
    Literal  // " is an ordinary character (the CDE directory: an administrator is Harry "Doc")
};

QString textEncodingName(TextEncoding encoding);
// "tab", "comma", "semicolon"
QString delimiterName(QChar delimiter);

struct CsvOptions
{
    QChar delimiter; // null: sniffed from the first line (tab, comma, ;)
    QuoteMode quotes = QuoteMode::Rfc4180;
    std::optional<TextEncoding> encoding; // none: detected (BOM, valid UTF-8, else Latin-1)
};

// One record and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A delimited text file read whole: a header and records that all have the header's number of
// fields (the reader refuses anything else).
struct CsvTable
{
    QString fileName;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList header; // trimmed ("Ext  " becomes "Ext")
    int headerLine = 1;
    QList<CsvRecord> records;
    QStringList notes; // facts worth telling, e.g. that the file was read as Latin-1

    // Index of the column whose header equals name, ignoring case; -1 when there is none.
    int columnOf(const QString &name) const;
};

// Reads delimited text (tab, comma or semicolon separated) the way spreadsheets and state
// agencies write it: UTF-8 with or without a byte-order mark, or Latin-1; CRLF or LF line ends;
// RFC 4180 quoting or quotes as plain characters. It stops at the first problem that makes the
// rest of the file unreadable and says where it is, rather than guess.
class CsvReader final
{
public:
    // false and issue filled when the file cannot be read or is malformed.
    static bool readFile(const QString &path, const CsvOptions &options, CsvTable &table,
                         ImportIssue &issue);
    // fileName is only used in messages.
    static bool parse(const QByteArray &bytes, const QString &fileName, const CsvOptions &options,
                      CsvTable &table, ImportIssue &issue);

    // Decodes bytes as the options say or as detected. false and issue filled when the bytes
    // are declared UTF-8 (by the options or a byte-order mark) but are not, or mix UTF-8 with
    // other bytes.
    static bool decode(const QByteArray &bytes, const QString &fileName,
                       std::optional<TextEncoding> forced, QString &text, TextEncoding &encoding,
                       ImportIssue &issue, QStringList *notes = nullptr);

    // The delimiter of a header line: whichever of tab, semicolon and comma occurs most outside
    // quotes; tab when none does.
    static QChar sniffDelimiter(QStringView firstLine);
    // The first line of text, without its line end.
    static QStringView firstLine(QStringView text);
};

} // namespace pa
