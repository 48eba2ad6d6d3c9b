// Speed and quality of the force-directed layout against Graphviz's sfdp (Hu 2005, the same
// scheme) in the same run, on the 1,088 real California LEAs and on US-scale synthetic atlases,
// each district linked to its 4 nearest within 60 km (5 nearest for the 20,000-vertex atlas,
// which makes about 60,000 edges; that one is for our layout only).
// sfdp runs as `sfdp -Tdot -o /dev/null FILE` on the same graph written as DOT, starting from
// the geographic positions (pos, 1 km to a point), with overlap=true (no overlap removal, which
// ours does not do either); without sfdp on the PATH its half is skipped. Prints wall and CPU
// medians (the machine may be busy; the child's CPU comes from getrusage) and quality figures;
// never fails on time.
#include "geo/spatialindex.h"
#include "graph/layout.h"
#include "support/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <random>
#include <string>

using namespace pa;

namespace {

using Edges = QList<QPair<int, int>>;

struct BenchGraph
{
    QList<geo::LatLon> points;
    QList<QPointF> initial; // the geographic layout, metres
    Edges edges;
};

const char *const graphNames[] = {"cde-1088", "synthetic-13000", "synthetic-20000"};
std::map<std::string, std::vector<double>> timesMs; // "ours wall:NAME" ... -> each run
QTemporaryDir *scratch = nullptr;

// The directory's located offices.
QList<geo::LatLon> cdePoints()
{
    QList<geo::LatLon> points;
    for (const District &d : test::cdeDirectoryAtlas().districts)
        if (d.hasLocation())
            points.append({*d.latitude, *d.longitude});
    return points;
}

const BenchGraph &graphOf(int which)
{
    static std::map<int, BenchGraph> graphs;
    if (auto found = graphs.find(which); found != graphs.end())
        return found->second;
    BenchGraph g;
    if (which == 0) {
        g.points = cdePoints();
    } else {
        for (const District &d : test::syntheticAtlas(which == 1 ? 13000 : 20000).districts)
            g.points.append({*d.latitude, *d.longitude});
    }
    g.initial = geographicLayout(g.points, geo::projectionFor(g.points));
    // Each point to its k nearest within 60 km, through the spatial index.
    const int k = which == 2 ? 5 : 4; // 20,000 vertices: about 60,000 edges
    const geo::SpatialIndex index(g.points);
    for (int i = 0; i < g.points.size(); ++i) {
        for (const int j : index.nearest(g.points.at(i), k + 1)) {
            if (j != i && geo::distanceKm(g.points.at(i), g.points.at(j)) <= 60.0)
                g.edges.append({std::min(i, j), std::max(i, j)});
        }
    }
    std::sort(g.edges.begin(), g.edges.end());
    g.edges.erase(std::unique(g.edges.begin(), g.edges.end()), g.edges.end());
    return graphs.emplace(which, std::move(g)).first->second;
}

QString sfdpProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("sfdp"));
}

QString scratchFile(int which, const char *suffix)
{
    return scratch->filePath(QString::fromLatin1(graphNames[which]) + QLatin1String(suffix));
}

// The graph as DOT for sfdp, written once: the geographic positions as its start.
QString dotFileOf(int which)
{
    const QString path = scratchFile(which, ".dot");
    if (QFile::exists(path))
        return path;
    const BenchGraph &g = graphOf(which);
    QByteArray dot = "graph G {\n  graph [overlap=true];\n  node [shape=point];\n";
    for (int i = 0; i < g.initial.size(); ++i)
        dot += "  " + QByteArray::number(i) + " [pos=\"" +
               QByteArray::number(g.initial.at(i).x() / 1000.0, 'f', 3) + ',' +
               QByteArray::number(g.initial.at(i).y() / 1000.0, 'f', 3) + "\"];\n";
    for (const auto &[a, b] : g.edges)
        dot += "  " + QByteArray::number(a) + " -- " + QByteArray::number(b) + ";\n";
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(dot + "}\n");
    return path;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

bool runSfdp(const QStringList &arguments)
{
    QProcess sfdp;
    sfdp.start(sfdpProgram(), arguments);
    return sfdp.waitForFinished(-1) && sfdp.exitStatus() == QProcess::NormalExit &&
           sfdp.exitCode() == 0;
}

void BM_Layout(benchmark::State &state, int which, bool sfdp)
{
    const BenchGraph &g = graphOf(which);
    const std::string name = std::string(sfdp ? "sfdp" : "ours") + ':' + graphNames[which];
    if (sfdp && sfdpProgram().isEmpty())
        state.SkipWithError("sfdp is not installed (apt-get install graphviz)");
    const QStringList arguments{QStringLiteral("-Tdot"), QStringLiteral("-o"),
                                QStringLiteral("/dev/null"), sfdp ? dotFileOf(which) : QString()};
    for (auto _ : state) {
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpu = std::clock();
        const double childCpu = childrenCpuMs();
        if (!sfdp)
            benchmark::DoNotOptimize(forceLayout(g.initial, g.edges).constData());
        else if (!runSfdp(arguments))
            state.SkipWithError("sfdp failed");
        timesMs["wall " + name].push_back(double(wall.nsecsElapsed()) / 1e6);
        timesMs["cpu " + name].push_back(sfdp ? childrenCpuMs() - childCpu
                                              : double(std::clock() - cpu) * 1e3 / CLOCKS_PER_SEC);
    }
    state.counters["vertices"] = double(g.initial.size());
    state.counters["edges"] = double(g.edges.size());
}

double crossOf(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Every proper crossing of two edges without a common end, found through a uniform grid of
// edge boxes; a pair is counted in the cell holding the low corner of their boxes' overlap.
qint64 crossingsOf(const QList<QPointF> &p, const Edges &edges)
{
    QRectF all;
    for (const QPointF &q : p)
        all |= QRectF(q, QSizeF(1e-9, 1e-9));
    const int side = std::max(1, int(std::sqrt(double(edges.size()))));
    const auto cellOf = [&](double v, double low, double span) {
        return std::clamp(int((v - low) / span * side), 0, side - 1);
    };
    const auto cellX = [&](double v) { return cellOf(v, all.left(), all.width()); };
    const auto cellY = [&](double v) { return cellOf(v, all.top(), all.height()); };
    const auto boxOf = [&](int e) {
        return QRectF(p.at(edges.at(e).first), p.at(edges.at(e).second)).normalized();
    };
    std::vector<std::vector<int>> cells(std::size_t(side) * std::size_t(side));
    for (int e = 0; e < edges.size(); ++e) {
        const QRectF box = boxOf(e);
        for (int cy = cellY(box.top()); cy <= cellY(box.bottom()); ++cy)
            for (int cx = cellX(box.left()); cx <= cellX(box.right()); ++cx)
                cells[std::size_t(cy * side + cx)].push_back(e);
    }
    qint64 count = 0;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::vector<int> &in = cells[c];
        for (std::size_t i = 0; i < in.size(); ++i) {
            for (std::size_t j = i + 1; j < in.size(); ++j) {
                const auto [a, b] = edges.at(in[i]);
                const auto [u, v] = edges.at(in[j]);
                const QRectF e = boxOf(in[i]);
                const QRectF f = boxOf(in[j]);
                if (a == u || a == v || b == u || b == v ||
                    std::size_t(cellY(std::max(e.top(), f.top())) * side +
                                cellX(std::max(e.left(), f.left()))) != c)
                    continue;
                if (crossOf(p.at(a), p.at(b), p.at(u)) * crossOf(p.at(a), p.at(b), p.at(v)) < 0 &&
                    crossOf(p.at(u), p.at(v), p.at(a)) * crossOf(p.at(u), p.at(v), p.at(b)) < 0)
                    ++count;
            }
        }
    }
    return count;
}

// Mean edge length over the mean distance of 20,000 random pairs; all edge crossings; and how
// far the layout is from the map after the best scale and shift, and after the best scale,
// shift and rotation (RMS residual over the layout's RMS spread: 0 is the map itself).
void printQuality(const char *label, const QList<QPointF> &p, const BenchGraph &g)
{
    std::mt19937 rng(7);
    const auto length = [&](int a, int b) {
        return std::hypot(p.at(a).x() - p.at(b).x(), p.at(a).y() - p.at(b).y());
    };
    double edgeSum = 0.0;
    for (const auto &[a, b] : g.edges)
        edgeSum += length(a, b);
    double pairSum = 0.0;
    for (int k = 0; k < 20000; ++k)
        pairSum += length(int(rng() % p.size()), int(rng() % p.size()));
    QPointF meanP;
    QPointF meanA;
    for (qsizetype i = 0; i < p.size(); ++i) {
        meanP += p.at(i) / double(p.size());
        meanA += g.initial.at(i) / double(p.size());
    }
    double dot = 0.0, cross = 0.0, spreadA = 0.0, spreadP = 0.0;
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QPointF a = g.initial.at(i) - meanA;
        const QPointF q = p.at(i) - meanP;
        dot += QPointF::dotProduct(a, q);
        cross += a.x() * q.y() - a.y() * q.x();
        spreadA += QPointF::dotProduct(a, a);
        spreadP += QPointF::dotProduct(q, q);
    }
    const double northUp = std::sqrt(std::max(0.0, 1.0 - dot * dot / (spreadA * spreadP)));
    const double rotated =
        std::sqrt(std::max(0.0, 1.0 - (dot * dot + cross * cross) / (spreadA * spreadP)));
    std::printf("  %-10s edge/pair %.4f  crossings %7lld  shape residual %.3f (rotated %.3f)\n",
                label, edgeSum / double(g.edges.size()) / (pairSum / 20000.0),
                qlonglong(crossingsOf(p, g.edges)), northUp, rotated);
}

// sfdp's layout of the graph, from its -Tplain output ("node NAME X Y ..." lines).
QList<QPointF> sfdpLayout(int which)
{
    const QString plain = scratchFile(which, ".plain");
    QFile file(plain);
    if (!runSfdp({QStringLiteral("-Tplain"), QStringLiteral("-o"), plain, dotFileOf(which)}) ||
        !file.open(QIODevice::ReadOnly))
        return {};
    QList<QPointF> positions(graphOf(which).initial.size());
    while (!file.atEnd()) {
        const QList<QByteArray> words = file.readLine().simplified().split(' ');
        const int i = words.size() >= 4 && words.at(0) == "node" ? words.at(1).toInt() : -1;
        if (i >= 0 && i < positions.size())
            positions[i] = QPointF(words.at(2).toDouble(), words.at(3).toDouble());
    }
    return positions;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

// After the runs: the medians side by side and the quality of each layout.
void printSummary()
{
    for (int which = 0; which < 3; ++which) {
        const std::string name = graphNames[which];
        if (!timesMs.count("wall ours:" + name))
            continue;
        const BenchGraph &g = graphOf(which);
        std::printf("\n%s: %lld vertices, %lld edges\n", name.c_str(), qlonglong(g.initial.size()),
                    qlonglong(g.edges.size()));
        const bool sfdp = timesMs.count("wall sfdp:" + name) > 0 && !sfdpProgram().isEmpty();
        for (const char *clock : {"wall", "cpu"}) {
            const double ours = medianOf(timesMs[std::string(clock) + " ours:" + name]);
            std::printf("  median %-4s ours %9.1f ms", clock, ours);
            if (sfdp) {
                const double theirs = medianOf(timesMs[std::string(clock) + " sfdp:" + name]);
                std::printf("   sfdp %9.1f ms   sfdp/ours %.2f", theirs, theirs / ours);
            }
            std::printf("\n");
        }
        printQuality("geographic", g.initial, g);
        printQuality("ours", forceLayout(g.initial, g.edges), g);
        const QList<QPointF> theirs = sfdp ? sfdpLayout(which) : QList<QPointF>();
        if (!theirs.isEmpty())
            printQuality("sfdp", theirs, g);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    scratch = &folder;
    if (sfdpProgram().isEmpty())
        std::printf("sfdp not found (apt-get install graphviz): skipping the comparison\n");
    benchmark::Initialize(&argc, argv);
    for (int which = 0; which < 3; ++which) {
        for (const bool sfdp : {false, true}) {
            if (!sfdp || which < 2) // the 20,000-vertex graph: ours only
                benchmark::RegisterBenchmark(
                    (std::string(sfdp ? "sfdp/" : "ours/") + graphNames[which]).c_str(), BM_Layout,
                    which, sfdp)
                    ->Unit(benchmark::kMillisecond)
                    ->UseRealTime()
                    ->Iterations(1)
                    ->Repetitions(which == 0 ? 5 : 3);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary();
    return 0;
}
