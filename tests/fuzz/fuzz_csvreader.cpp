// libFuzzer target: the delimited-text reader under each quoting mode and encoding choice.
// Whatever the bytes, it either reads a table whose records all have the header's number of
// fields, or refuses with an issue that names the file and says what was expected.
#include "fuzzsupport.h"

#include "io/csvreader.h"

namespace {

void fuzzCsvParseOnce(const QByteArray &input, const pa::CsvOptions &options)
{
    pa::CsvTable table;
    pa::ImportIssue issue;
    if (pa::CsvReader::parse(input, QStringLiteral("fuzz.csv"), options, table, issue)) {
        for (const pa::CsvRecord &record : std::as_const(table.records))
            if (record.fields.size() != table.header.size() || record.line < table.headerLine)
                std::abort();
    } else if (issue.message.isEmpty() || issue.file != QStringLiteral("fuzz.csv")) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa::fuzz::application();
    const QByteArray input = pa::fuzz::bytes(data, size);
    pa::CsvOptions sniffed;
    fuzzCsvParseOnce(input, sniffed);
    pa::CsvOptions literal;
    literal.quotes = pa::QuoteMode::Literal;
    fuzzCsvParseOnce(input, literal);
    pa::CsvOptions forced;
    forced.delimiter = QLatin1Char(';');
    forced.encoding = pa::TextEncoding::Utf8;
    fuzzCsvParseOnce(input, forced);
    forced.delimiter = QLatin1Char('\t');
    forced.encoding = pa::TextEncoding::Latin1;
    forced.quotes = pa::QuoteMode::Literal;
    fuzzCsvParseOnce(input, forced);
    return 0;
}
