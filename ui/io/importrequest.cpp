#include "importrequest.h"

#include <QFile>
#include <QFileInfo>

namespace pa {

void ImportRequest::read(const QString &filePath)
{
    path = filePath;
    header.clear();
    sampleRows.clear();
    readProblem.clear();
    detected = ImportFormat::Auto;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        readProblem = QFileInfo(filePath).fileName() + QLatin1String(": ") + file.errorString();
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(filePath).fileName();
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    ImportIssue issue;
    if (!CsvReader::decode(bytes, name, std::nullopt, text, encoding, issue)) {
        readProblem = issue.toString();
        return;
    }
    // The header decides the format; tab-separated files (the CDE directory) take quotes as
    // text, like the importer does.
    const QChar delimiter = CsvReader::sniffDelimiter(CsvReader::firstLine(text));
    CsvOptions options;
    options.delimiter = delimiter;
    options.quotes = delimiter == QLatin1Char('\t') ? QuoteMode::Literal : QuoteMode::Rfc4180;
    CsvTable table;
    if (!CsvReader::parse(bytes, name, options, table, issue)) {
        // The preview names the problem with its line; the header is still worth showing.
        for (const QString &column : CsvReader::firstLine(text).toString().split(delimiter))
            header << column.trimmed();
    } else {
        header = table.header;
        for (qsizetype i = 0; i < table.records.size() && i < 3; ++i)
            sampleRows << table.records.at(i).fields;
    }
    detected = sniffImportFormat(header);
}

} // namespace pa
