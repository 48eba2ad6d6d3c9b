// The delimited-text reader under the importers: encodings, delimiters, quoting and the
// messages for files it cannot read.
#include "io/csvreader.h"

#include <gtest/gtest.h>

namespace {

using pa::CsvOptions;
using pa::CsvReader;
using pa::CsvTable;
using pa::ImportIssue;
using pa::QuoteMode;
using pa::TextEncoding;

struct CsvRead
{
    bool ok = false;
    CsvTable table;
    ImportIssue issue;
};

CsvRead csvRead(const QByteArray &bytes, const CsvOptions &options = {})
{
    CsvRead result;
    result.ok =
        CsvReader::parse(bytes, QStringLiteral("test.txt"), options, result.table, result.issue);
    return result;
}

std::string csvShow(const CsvRead &read)
{
    return read.issue.toString().toStdString();
}

TEST(CsvReader, QuotesAreLiteralInTheCdeModeAndHeadersAreTrimmed)
{
    CsvOptions options;
    options.delimiter = QLatin1Char('\t');
    options.quotes = QuoteMode::Literal;
    const CsvRead read =
        csvRead("CD Code\tAdmFName\tExt  \r\n3667876\tHarry \"Doc\"\tNo Data\r\n", options);
    ASSERT_TRUE(read.ok) << csvShow(read);
    EXPECT_EQ(read.table.header, (QStringList{QStringLiteral("CD Code"), QStringLiteral("AdmFName"),
                                              QStringLiteral("Ext")}));
    ASSERT_EQ(read.table.records.size(), 1);
    EXPECT_EQ(read.table.records.first().fields.at(1), QStringLiteral("Harry \"Doc\""));
    EXPECT_EQ(read.table.records.first().line, 2);
    EXPECT_EQ(read.table.columnOf(QStringLiteral("ext")), 2);
}

TEST(CsvReader, Rfc4180QuotingWithDelimitersQuotesAndLineBreaksInFields)
{
    const CsvRead read = csvRead("Name,Notes,Needs\n"
                                 "\"Fresno Unified\",\"said \"\"yes\"\", then\nmore\",a;b\n"
                                 "Clovis Unified,,c\n");
    ASSERT_TRUE(read.ok) << csvShow(read);
    EXPECT_EQ(read.table.delimiter, QLatin1Char(','));
    ASSERT_EQ(read.table.records.size(), 2);
    EXPECT_EQ(read.table.records.at(0).fields.at(1), QStringLiteral("said \"yes\", then\nmore"));
    EXPECT_EQ(read.table.records.at(0).line, 2);
    EXPECT_EQ(read.table.records.at(1).line, 4); // the quoted line break counts
}

TEST(CsvReader, CrlfAndLfReadTheSameAndBlankLinesAreSkipped)
{
    const CsvRead lf = csvRead("a;b\n1;2\n\n3;4\n");
    const CsvRead crlf = csvRead("a;b\r\n1;2\r\n\r\n3;4\r\n");
    ASSERT_TRUE(lf.ok && crlf.ok);
    EXPECT_EQ(lf.table.delimiter, QLatin1Char(';'));
    ASSERT_EQ(lf.table.records.size(), 2);
    EXPECT_EQ(lf.table.records.at(1).fields, crlf.table.records.at(1).fields);
    EXPECT_EQ(lf.table.records.at(1).line, 4);
}

TEST(CsvReader, SniffsTabCommaAndSemicolon)
{
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a\tb\tc"), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a,b,c"), QLatin1Char(','));
    EXPECT_EQ(CsvReader::sniffDelimiter(u"a;b;\"c,d\""), QLatin1Char(';'));
}

TEST(CsvReader, ByteOrderMarkIsDroppedAndNamed)
{
    const CsvRead read = csvRead("\xEF\xBB\xBFName\nCaf\xC3\xA9 Unified\n");
    ASSERT_TRUE(read.ok) << csvShow(read);
    EXPECT_EQ(read.table.encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(read.table.header.first(), QStringLiteral("Name"));
    EXPECT_EQ(read.table.records.first().fields.first(), QStringLiteral("Café Unified"));
}

TEST(CsvReader, Latin1WithoutAMarkIsDecodedAndSaid)
{
    const CsvRead read = csvRead("Name,County\nCaf\xE9 Unified,Fresno\n");
    ASSERT_TRUE(read.ok) << csvShow(read);
    EXPECT_EQ(read.table.encoding, TextEncoding::Latin1);
    EXPECT_EQ(read.table.records.first().fields.first(), QStringLiteral("Café Unified"));
    ASSERT_EQ(read.table.notes.size(), 1);
    EXPECT_TRUE(read.table.notes.first().contains(QStringLiteral("Latin-1")));
}

TEST(CsvReader, Latin1BytesInAFileMarkedUtf8AreReportedWhereTheyAre)
{
    const CsvRead read = csvRead("\xEF\xBB\xBFName,County\nFresno,Fresno\nCaf\xE9,Marin\n");
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.issue.line, 3);
    EXPECT_EQ(read.issue.column, 1);
    EXPECT_EQ(read.issue.columnName, QStringLiteral("Name"));
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("0xe9"))) << csvShow(read);
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("byte-order mark"))) << csvShow(read);
}

TEST(CsvReader, MixedUtf8AndLatin1IsReported)
{
    const CsvRead read = csvRead("Name,County\nCaf\xC3\xA9,Marin\nCaf\xE9,Marin\n");
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.issue.line, 3);
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("one encoding"))) << csvShow(read);
}

TEST(CsvReader, EmptyFileAndHeaderOnly)
{
    const CsvRead empty = csvRead("  \r\n\n");
    ASSERT_FALSE(empty.ok);
    EXPECT_TRUE(empty.issue.message.contains(QStringLiteral("empty"))) << csvShow(empty);
    const CsvRead headerOnly = csvRead("Name,County\n");
    ASSERT_FALSE(headerOnly.ok);
    EXPECT_EQ(headerOnly.issue.line, 1);
    EXPECT_TRUE(headerOnly.issue.message.contains(QStringLiteral("no rows")))
        << csvShow(headerOnly);
}

TEST(CsvReader, TruncatedLastLineNamesTheFirstMissingColumn)
{
    const CsvRead read = csvRead("a\tb\tc\td\n1\t2\t3\t4\n5\t6");
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.issue.line, 3);
    EXPECT_EQ(read.issue.column, 3);
    EXPECT_EQ(read.issue.columnName, QStringLiteral("c"));
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("truncated"))) << csvShow(read);
    EXPECT_EQ(read.issue.toString(),
              QStringLiteral("test.txt, line 3, column 3 (c): ") + read.issue.message);
}

TEST(CsvReader, ShortOrLongLineInTheMiddle)
{
    const CsvRead shortLine = csvRead("a,b,c\n1,2\n4,5,6\n");
    ASSERT_FALSE(shortLine.ok);
    EXPECT_EQ(shortLine.issue.line, 2);
    EXPECT_TRUE(shortLine.issue.message.contains(QStringLiteral("has 2 columns; expected 3")))
        << csvShow(shortLine);
    const CsvRead longLine = csvRead("a,b,c\n1,2,3\n4,5,6,7\n");
    ASSERT_FALSE(longLine.ok);
    EXPECT_EQ(longLine.issue.line, 3);
    EXPECT_EQ(longLine.issue.column, 4);
}

TEST(CsvReader, WrongDelimiterIsNamed)
{
    CsvOptions options;
    options.delimiter = QLatin1Char('\t');
    const CsvRead read =
        csvRead("CD Code,County,District\n0161119,Alameda,Alameda Unified\n", options);
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.issue.line, 1);
    EXPECT_TRUE(read.issue.message.startsWith(
        QStringLiteral("line 1 has 1 column; expected tab-separated columns")))
        << csvShow(read);
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("comma"))) << csvShow(read);
}

TEST(CsvReader, UnterminatedQuoteNamesWhereItOpened)
{
    const CsvRead read = csvRead("a,b\n1,\"open\n2,3\n");
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.issue.line, 2);
    EXPECT_EQ(read.issue.column, 2);
    EXPECT_TRUE(read.issue.message.contains(QStringLiteral("closing quote"))) << csvShow(read);
}

} // namespace
