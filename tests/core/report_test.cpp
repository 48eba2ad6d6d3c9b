// The partnership report's map of members, read back as a reader sees it: the command-line tool
// writes the PDF (it brings the offscreen platform the fonts need), poppler renders its pages,
// and the page with the map carries a tall block of drawn map with the partnership's colour in
// it. A partnership whose members have no location gets a sentence instead of an empty frame.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "support/testsupport.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>

#include <gtest/gtest.h>

using namespace pa;

namespace {

constexpr int reportTestDpi = 40;

bool reportTestHasPoppler()
{
    return QFile::exists(QStringLiteral("/usr/bin/pdftoppm")) &&
           QFile::exists(QStringLiteral("/usr/bin/pdftotext"));
}

int reportTestCli(const QStringList &arguments, QString *err = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(PA_CLI_PATH), arguments);
    if (!cli.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitCode();
}

// Every page of the PDF as an image, at a low resolution.
QList<QImage> reportTestPages(const QString &pdf, const QString &folder)
{
    QProcess render;
    render.start(QStringLiteral("/usr/bin/pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(reportTestDpi), pdf,
                  QDir(folder).filePath(QStringLiteral("page"))});
    render.waitForFinished(120000);
    QList<QImage> pages;
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        pages << QImage(QDir(folder).filePath(file)).convertToFormat(QImage::Format_RGB32);
    return pages;
}

QString reportTestText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(60000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

struct ReportTestBlock
{
    int top = -1;
    int height = 0;   // rows in which nearly the whole content width is drawn on
    int coloured = 0; // saturated pixels inside it (members, links, outline)
};

// The tallest run of rows that are non-white across at least 85% of the width inside the
// 40-point margins: only a map fills the page like that (a table's header row is one line).
ReportTestBlock reportTestTallestBlock(const QImage &page)
{
    const int margin = 40 * reportTestDpi / 72 + 1;
    const int left = margin;
    const int right = page.width() - margin;
    ReportTestBlock best;
    int runTop = -1;
    for (int y = 0; y <= page.height(); ++y) {
        int drawn = 0;
        if (y < page.height())
            for (int x = left; x < right; ++x) {
                const QRgb p = page.pixel(x, y);
                if (qRed(p) < 245 || qGreen(p) < 245 || qBlue(p) < 245)
                    ++drawn;
            }
        const bool full = y < page.height() && drawn >= (right - left) * 85 / 100;
        if (full && runTop < 0)
            runTop = y;
        if (!full && runTop >= 0) {
            if (y - runTop > best.height)
                best = {runTop, y - runTop, 0};
            runTop = -1;
        }
    }
    for (int y = best.top; best.top >= 0 && y < best.top + best.height; ++y)
        for (int x = left; x < right; ++x)
            if (QColor(page.pixel(x, y)).hsvSaturation() > 90)
                ++best.coloured;
    return best;
}

} // namespace

TEST(ReportMap, ThePageWithTheMapShowsTheMembersOnAMap)
{
    if (!reportTestHasPoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdftotext) not installed";
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(atlas);
    const QString pdf = folder.path(QStringLiteral("core.pdf"));
    QString err;
    ASSERT_EQ(reportTestCli({QStringLiteral("report"), atlas, pdf, QStringLiteral("--partnership"),
                             QStringLiteral("CORE"), QStringLiteral("--as-of"),
                             QStringLiteral("2026-11-25")},
                            &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(reportTestText(pdf).contains(QStringLiteral("Map of members")));

    const QList<QImage> pages = reportTestPages(pdf, folder.path(QString()));
    ASSERT_GE(pages.size(), 2);
    int mapPages = 0;
    for (qsizetype k = 0; k < pages.size(); ++k) {
        const ReportTestBlock block = reportTestTallestBlock(pages[k]);
        // The map is about 300 points tall; nothing else on a page is more than a line.
        if (block.height < 150 * reportTestDpi / 72)
            continue;
        ++mapPages;
        EXPECT_GT(block.height, 250 * reportTestDpi / 72) << "page " << k + 1;
        // Members, links and the outline in the partnership's colour: a few percent of the map.
        EXPECT_GT(block.coloured, 200) << "page " << k + 1;
    }
    EXPECT_EQ(mapPages, 1);
}

TEST(ReportMap, MembersWithoutALocationGetASentenceAndNoMap)
{
    if (!reportTestHasPoppler())
        GTEST_SKIP() << "poppler-utils (pdftoppm, pdftotext) not installed";
    test::TempFolder folder;
    const QString atlas = folder.path(QStringLiteral("nowhere.atlas"));
    {
        const std::unique_ptr<AtlasDocument> document = AtlasDocument::create(atlas);
        QList<Id> members;
        for (const char *name : {"Alder Unified", "Birch Unified"}) {
            District d;
            d.cdCode = QStringLiteral("99000%1").arg(members.size() + 10);
            d.name = QString::fromLatin1(name);
            members << document->addDistrict(d);
        }
        Partnership p;
        p.name = QStringLiteral("Unplaced");
        p.status = PartnershipStatus::Active;
        ASSERT_NE(document->addPartnership(p, members), 0) << document->lastError().toStdString();
    }
    const QString pdf = folder.path(QStringLiteral("unplaced.pdf"));
    QString err;
    ASSERT_EQ(reportTestCli({QStringLiteral("report"), atlas, pdf, QStringLiteral("--partnership"),
                             QStringLiteral("Unplaced")},
                            &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(reportTestText(pdf).contains(QStringLiteral("No member district has a location")));
    for (const QImage &page : reportTestPages(pdf, folder.path(QString())))
        EXPECT_LT(reportTestTallestBlock(page).height, 150 * reportTestDpi / 72);
}
