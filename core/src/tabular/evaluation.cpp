// Cross-validation of a classifier with an undersampler inside the training folds, the table
// metrics record, principal components and the neighbours of a row.
#include "dsl/tableeval.h"

#include "classifiers.h"
#include "neighbours.h"

#include "dsl/axes.h"
#include "dsl/error.h"
#include "dsl/metricsrecord.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <optional>

namespace dsl {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

tabular::ClassifierKind kindOf(TableClassifier c)
{
    return c == TableClassifier::Logistic ? tabular::ClassifierKind::Logistic
                                          : tabular::ClassifierKind::Knn;
}

// The rows `rows` of `t` as a table of their own (same classes, same class indices).
Table subTable(const Table &t, const std::vector<std::size_t> &rows)
{
    Table s;
    s.rows = rows.size();
    s.cols = t.cols;
    s.classes = t.classes;
    s.integerLabels = t.integerLabels;
    s.featureNames = t.featureNames;
    s.labelName = t.labelName;
    s.source = t.source;
    s.x.resize(rows.size() * t.cols);
    s.y.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::copy(t.row(rows[i]), t.row(rows[i]) + t.cols, s.x.begin() + long(i * t.cols));
        s.y[i] = t.y[rows[i]];
    }
    return s;
}

int smallestClass(const std::vector<std::size_t> &counts)
{
    int best = 0;
    for (std::size_t c = 1; c < counts.size(); ++c)
        if (counts[c] < counts[std::size_t(best)])
            best = int(c);
    return best;
}

struct FoldScores
{
    double balanced, recall, precision, gmean;
};

FoldScores score(const std::vector<int> &truth, const std::vector<int> &predicted,
    std::size_t classes, int minority)
{
    std::vector<double> hit(classes, 0.0), total(classes, 0.0), called(classes, 0.0);
    for (std::size_t i = 0; i < truth.size(); ++i) {
        total[std::size_t(truth[i])] += 1.0;
        called[std::size_t(predicted[i])] += 1.0;
        if (truth[i] == predicted[i])
            hit[std::size_t(truth[i])] += 1.0;
    }
    double sum = 0.0, logSum = 0.0;
    bool zero = false;
    std::size_t present = 0;
    for (std::size_t c = 0; c < classes; ++c) {
        if (total[c] == 0.0)
            continue;
        const double r = hit[c] / total[c];
        ++present;
        sum += r;
        if (r == 0.0)
            zero = true;
        else
            logSum += std::log(r);
    }
    FoldScores s;
    s.balanced = present ? sum / double(present) : kNaN;
    s.gmean = present ? (zero ? 0.0 : std::exp(logSum / double(present))) : kNaN;
    const auto m = std::size_t(minority);
    s.recall = total[m] > 0 ? hit[m] / total[m] : kNaN;
    s.precision = called[m] > 0 ? hit[m] / called[m] : 0.0; // scikit-learn's zero_division=0
    return s;
}

double meanOf(const std::vector<double> &v)
{
    return v.empty() ? kNaN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double sdOf(const std::vector<double> &v)
{
    if (v.size() < 2)
        return kNaN;
    const double m = meanOf(v);
    double s = 0.0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

const char *tableClassifierName(TableClassifier kind)
{
    return kind == TableClassifier::Logistic ? "logistic" : "knn";
}

void resultRows(
    const Table &table, const SampleResult &result, std::vector<double> &x, std::vector<int> &y)
{
    x.clear();
    y.clear();
    x.reserve((result.kept.size() + result.generatedLabels.size()) * table.cols);
    for (std::size_t r : result.kept) {
        x.insert(x.end(), table.row(r), table.row(r) + table.cols);
        y.push_back(table.y[r]);
    }
    x.insert(x.end(), result.generated.begin(), result.generated.end());
    y.insert(y.end(), result.generatedLabels.begin(), result.generatedLabels.end());
}

std::vector<int> predictClasses(const std::vector<double> &trainX, const std::vector<int> &trainY,
    std::size_t cols, std::size_t classCount, const std::vector<double> &points,
    TableClassifier classifier, int k, RunContext &ctx)
{
    const std::vector<double> p = tabular::predictProbabilities(trainX, trainY, cols, classCount,
        points, kindOf(classifier), std::size_t(std::max(1, k)), ctx);
    const std::size_t m = cols ? points.size() / cols : 0;
    std::vector<int> out(m, 0);
    for (std::size_t i = 0; i < m; ++i) {
        const double *row = p.data() + i * classCount;
        out[i] = int(std::max_element(row, row + classCount) - row); // first of equal maxima
    }
    return out;
}

Evaluation crossValidate(
    const Table &table, const SamplerCall *call, const EvalOptions &options, RunContext &ctx)
{
    Evaluation ev;
    const std::vector<std::size_t> counts = table.counts();
    const int minority = smallestClass(counts);
    ev.minority = table.classes.empty() ? std::string() : table.classes[std::size_t(minority)];
    if (call) {
        const Params &p = call->params;
        const auto &values = p.values();
        if (values.count("seeds") && !p.text("seeds").empty()) {
            ev.status = "Not cross-validated: the given seed rows belong to the whole table.";
            return ev;
        }
        if (values.count("probabilities") && !p.text("probabilities").empty()) {
            ev.status = "Not cross-validated: the given probabilities belong to the whole table.";
            return ev;
        }
    }
    if (!table.allFinite()) {
        ev.status = "Not cross-validated: the table has values that are not finite.";
        return ev;
    }
    const std::size_t smallest = counts.empty() ? 0 : counts[std::size_t(minority)];
    const int folds
        = int(std::min<std::size_t>(std::size_t(std::clamp(options.folds, 2, 20)), smallest));
    if (folds < 2) {
        ev.status = "Not cross-validated: the smallest class has fewer than two rows.";
        return ev;
    }
    const std::vector<int> fold
        = tabular::stratifiedFolds(table.y, table.classCount(), folds, options.foldSeed);
    const bool random = call && call->sampler->info().random;
    const int seeds = random ? std::max(1, options.seedRepeats) : 1;
    const int base = call && call->params.values().count("random_state")
        ? std::max(0, call->params.integer("random_state"))
        : 0;

    std::vector<double> seedMean[4], foldVar[4];
    for (int s = 0; s < seeds; ++s) {
        std::optional<SamplerCall> seeded;
        if (call) {
            seeded = *call;
            if (random) {
                auto given = call->params.values();
                given["random_state"] = std::to_string(base + s);
                seeded->params = call->sampler->resolve(given);
            }
        }
        std::vector<double> perFold[4];
        for (int f = 0; f < folds; ++f) {
            ctx.checkpoint();
            std::vector<std::size_t> train, test;
            for (std::size_t i = 0; i < table.rows; ++i)
                (fold[i] == f ? test : train).push_back(i);
            const Table sub = subTable(table, train);
            std::vector<double> trainX;
            std::vector<int> trainY;
            if (seeded) {
                const SampleResult r = seeded->sampler->apply(sub, seeded->params, ctx);
                resultRows(sub, r, trainX, trainY);
            } else {
                trainX = sub.x;
                trainY = sub.y;
            }
            std::vector<double> testX(test.size() * table.cols);
            std::vector<int> truth(test.size());
            for (std::size_t i = 0; i < test.size(); ++i) {
                std::copy(table.row(test[i]), table.row(test[i]) + table.cols,
                    testX.begin() + long(i * table.cols));
                truth[i] = table.y[test[i]];
            }
            if (trainY.empty()) {
                ev.status = "Not cross-validated: the sampler removed every training row.";
                return ev;
            }
            const std::vector<int> predicted = predictClasses(trainX, trainY, table.cols,
                table.classCount(), testX, options.classifier, options.k, ctx);
            const FoldScores sc = score(truth, predicted, table.classCount(), minority);
            perFold[0].push_back(sc.balanced);
            perFold[1].push_back(sc.recall);
            perFold[2].push_back(sc.precision);
            perFold[3].push_back(sc.gmean);
        }
        for (int m = 0; m < 4; ++m) {
            seedMean[m].push_back(meanOf(perFold[m]));
            const double sd = sdOf(perFold[m]);
            foldVar[m].push_back(sd * sd);
        }
    }
    Figure *figures[4] = { &ev.balancedAccuracy, &ev.minorityRecall, &ev.precision, &ev.gmean };
    for (int m = 0; m < 4; ++m) {
        figures[m]->mean = meanOf(seedMean[m]);
        figures[m]->foldSd = std::sqrt(meanOf(foldVar[m]));
        figures[m]->seedSd = seeds > 1 ? sdOf(seedMean[m]) : kNaN;
    }
    ev.folds = folds;
    ev.seeds = seeds;
    return ev;
}

std::size_t TableRecord::rowsBefore() const
{
    return std::accumulate(countsBefore.begin(), countsBefore.end(), std::size_t(0));
}

std::size_t TableRecord::rowsAfter() const
{
    return std::accumulate(countsAfter.begin(), countsAfter.end(), std::size_t(0));
}

double TableRecord::keptFraction() const
{
    const std::size_t before = rowsBefore();
    return before ? double(rowsAfter()) / double(before) : kNaN;
}

double imbalanceRatio(const std::vector<std::size_t> &counts)
{
    std::size_t hi = 0, lo = std::numeric_limits<std::size_t>::max();
    for (std::size_t c : counts) {
        hi = std::max(hi, c);
        lo = std::min(lo, c);
    }
    if (counts.empty())
        return kNaN;
    return lo == 0 ? std::numeric_limits<double>::infinity() : double(hi) / double(lo);
}

TableRecord makeTableRecord(
    const Table &table, const SamplerCall &call, const SampleResult &result, double runtimeMs)
{
    TableRecord r;
    r.method = call.sampler->info().id;
    r.spec = call.spec();
    r.classes = table.classes;
    r.countsBefore = result.countsBefore;
    r.countsAfter = result.countsAfter;
    r.generated = result.generatedLabels.size();
    r.runtimeMs = runtimeMs;
    r.figures = result.figures;
    return r;
}

namespace {

// A label usable in a column id: letters, digits and '_' kept, anything else '_'.
std::string idPart(const std::string &label)
{
    std::string s;
    for (char c : label)
        s += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
    return s.empty() ? std::string("_") : s;
}

struct Cell
{
    enum { Text, Number, Missing } kind = Missing;
    std::string text;
    double number = kNaN;
};

std::vector<std::pair<std::string, Cell>> cells(const TableRecord &r)
{
    std::vector<std::pair<std::string, Cell>> out;
    auto text = [&](const std::string &id, const std::string &v) {
        Cell c;
        c.kind = Cell::Text;
        c.text = v;
        out.emplace_back(id, c);
    };
    auto number = [&](const std::string &id, double v) {
        Cell c;
        c.kind = Cell::Number;
        c.number = v;
        out.emplace_back(id, c);
    };
    text("variant", r.variant);
    text("method", r.method);
    text("spec", r.spec);
    text("output", r.output);
    text("status", r.status);
    number("rows_before", double(r.rowsBefore()));
    number("rows_after", double(r.rowsAfter()));
    number("generated_rows", double(r.generated));
    number("kept_fraction", r.keptFraction());
    number("imbalance_ratio_before", imbalanceRatio(r.countsBefore));
    number("imbalance_ratio_after", imbalanceRatio(r.countsAfter));
    for (std::size_t c = 0; c < r.classes.size() && c < r.countsBefore.size(); ++c)
        number("count_before_" + idPart(r.classes[c]), double(r.countsBefore[c]));
    for (std::size_t c = 0; c < r.classes.size() && c < r.countsAfter.size(); ++c)
        number("count_after_" + idPart(r.classes[c]), double(r.countsAfter[c]));
    const Evaluation &e = r.evaluation;
    const std::pair<const char *, const Figure *> figures[] = {
        { "balanced_accuracy", &e.balancedAccuracy },
        { "minority_recall", &e.minorityRecall },
        { "minority_precision", &e.precision },
        { "g_mean", &e.gmean },
    };
    for (const auto &[id, f] : figures) {
        number(std::string("cv_") + id, f->mean);
        number(std::string("cv_") + id + "_fold_sd", f->foldSd);
        number(std::string("cv_") + id + "_seed_sd", f->seedSd);
    }
    number("cv_folds", e.folds ? double(e.folds) : kNaN);
    number("cv_seeds", e.seeds ? double(e.seeds) : kNaN);
    text("cv_status", e.status);
    number("runtime_ms", r.runtimeMs);
    for (const auto &[key, value] : r.figures)
        number("figure_" + idPart(key), value);
    return out;
}

std::string csvCell(const Cell &c)
{
    if (c.kind == Cell::Number) {
        if (std::isnan(c.number))
            return {};
        if (std::isinf(c.number))
            return c.number > 0 ? "inf" : "-inf";
        return jsonNumber(c.number);
    }
    if (c.kind == Cell::Missing)
        return {};
    if (c.text.find_first_of(",\"\n\r") == std::string::npos)
        return c.text;
    std::string s = "\"";
    for (char ch : c.text)
        s += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return s + "\"";
}

} // namespace

std::vector<std::string> tableMetricColumns(const std::vector<TableRecord> &records)
{
    std::vector<std::string> columns;
    std::vector<bool> used;
    for (const TableRecord &r : records)
        for (const auto &[id, cell] : cells(r)) {
            auto it = std::find(columns.begin(), columns.end(), id);
            const bool has
                = cell.kind == Cell::Text ? !cell.text.empty() : !std::isnan(cell.number);
            if (it == columns.end()) {
                columns.push_back(id);
                used.push_back(has);
            } else {
                used[std::size_t(it - columns.begin())]
                    = used[std::size_t(it - columns.begin())] || has;
            }
        }
    // Always present: what identifies a row and the counts; the rest only when some row has it.
    static const std::vector<std::string> always { "variant", "method", "spec", "output", "status",
        "rows_before", "rows_after", "kept_fraction", "runtime_ms" };
    std::vector<std::string> out;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (used[i] || std::find(always.begin(), always.end(), columns[i]) != always.end()
            || columns[i].rfind("count_", 0) == 0)
            out.push_back(columns[i]);
    return out;
}

std::string tableMetricsJson(const std::vector<TableRecord> &records)
{
    const std::vector<std::string> columns = tableMetricColumns(records);
    std::string s = "[";
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto row = cells(records[i]);
        s += i ? ",\n {" : "\n {";
        bool first = true;
        for (const std::string &id : columns) {
            const auto it = std::find_if(
                row.begin(), row.end(), [&](const auto &c) { return c.first == id; });
            s += (first ? "" : ", ") + jsonString(id) + ": ";
            first = false;
            if (it == row.end() || it->second.kind == Cell::Missing)
                s += "null";
            else if (it->second.kind == Cell::Text)
                s += jsonString(it->second.text);
            else
                s += jsonNumber(it->second.number);
        }
        s += "}";
    }
    return s + (records.empty() ? "]\n" : "\n]\n");
}

std::string tableMetricsCsv(const std::vector<TableRecord> &records)
{
    const std::vector<std::string> columns = tableMetricColumns(records);
    std::string s;
    for (std::size_t i = 0; i < columns.size(); ++i)
        s += (i ? "," : "") + columns[i];
    s += "\n";
    for (const TableRecord &r : records) {
        const auto row = cells(r);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto it = std::find_if(
                row.begin(), row.end(), [&](const auto &c) { return c.first == columns[i]; });
            s += (i ? "," : "") + (it == row.end() ? std::string() : csvCell(it->second));
        }
        s += "\n";
    }
    return s;
}

void Projection::project(const double *point, std::size_t cols, double &u, double &v) const
{
    u = v = 0.0;
    for (std::size_t j = 0; j < cols && j < mean.size(); ++j) {
        const double z = (point[j] - mean[j]) / scale[j];
        u += z * axes[j];
        v += z * axes[cols + j];
    }
}

Projection principalComponents(const Table &t)
{
    Projection p;
    const std::size_t n = t.rows, d = t.cols;
    p.mean.assign(d, 0.0);
    p.scale.assign(d, 1.0);
    p.axes.assign(2 * d, 0.0);
    p.xy.assign(2 * n, 0.0);
    if (n == 0 || d == 0)
        return p;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            p.mean[j] += t.x[i * d + j];
    for (double &m : p.mean)
        m /= double(n);
    std::vector<double> var(d, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j) {
            const double z = t.x[i * d + j] - p.mean[j];
            var[j] += z * z;
        }
    for (std::size_t j = 0; j < d; ++j)
        p.scale[j] = var[j] > 0 ? std::sqrt(var[j] / double(n)) : 1.0;
    Eigen::MatrixXd Z(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(d));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            Z(Eigen::Index(i), Eigen::Index(j)) = (t.x[i * d + j] - p.mean[j]) / p.scale[j];
    const Eigen::MatrixXd C = (Z.transpose() * Z) / double(std::max<std::size_t>(n - 1, 1));
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(C);
    const Eigen::VectorXd values = eig.eigenvalues(); // ascending
    const double total = values.sum();
    for (int c = 0; c < 2 && c < int(d); ++c) {
        const Eigen::Index k = Eigen::Index(d) - 1 - c;
        Eigen::VectorXd axis = eig.eigenvectors().col(k);
        // A fixed sign: the largest-magnitude loading positive (as scikit-learn's svd_flip).
        Eigen::Index arg = 0;
        axis.cwiseAbs().maxCoeff(&arg);
        if (axis(arg) < 0)
            axis = -axis;
        for (std::size_t j = 0; j < d; ++j)
            p.axes[std::size_t(c) * d + j] = axis(Eigen::Index(j));
        p.explained[c] = total > 0 ? std::max(0.0, values(k)) / total : 0.0;
    }
    const Eigen::MatrixXd A = Eigen::Map<const Eigen::MatrixXd>(p.axes.data(), Eigen::Index(d), 2);
    const Eigen::MatrixXd XY = Z * A;
    for (std::size_t i = 0; i < n; ++i) {
        p.xy[2 * i] = XY(Eigen::Index(i), 0);
        p.xy[2 * i + 1] = XY(Eigen::Index(i), 1);
    }
    return p;
}

std::vector<NearRow> nearestRows(const Table &table, std::size_t row, std::size_t k)
{
    if (row >= table.rows)
        return {};
    std::vector<tabular::Neighbour> all;
    all.reserve(table.rows);
    for (std::size_t i = 0; i < table.rows; ++i)
        if (i != row)
            all.push_back(
                { tabular::squaredDistance(table.row(row), table.row(i), table.cols), i });
    const std::size_t kk = std::min(k, all.size());
    std::partial_sort(all.begin(), all.begin() + long(kk), all.end());
    std::vector<NearRow> out;
    for (std::size_t i = 0; i < kk; ++i)
        out.push_back({ all[i].row, std::sqrt(all[i].d2) });
    return out;
}

} // namespace dsl
