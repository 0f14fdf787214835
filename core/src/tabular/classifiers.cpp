#include "classifiers.h"

#include "neighbours.h"

#include "dsl/axes.h"
#include "dsl/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace dsl::tabular {

namespace {

std::vector<double> logistic(const std::vector<double> &trainX, const std::vector<int> &trainY,
    std::size_t d, std::size_t classes, const std::vector<double> &testX, RunContext &ctx)
{
    const std::size_t n = trainY.size(), m = testX.size() / std::max<std::size_t>(d, 1);
    // Standardise with the training rows' mean and deviation.
    std::vector<double> mean(d, 0.0), scale(d, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            mean[j] += trainX[i * d + j] / double(n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            scale[j] += (trainX[i * d + j] - mean[j]) * (trainX[i * d + j] - mean[j]) / double(n);
    for (double &s : scale)
        s = s > 0 ? std::sqrt(s) : 1.0;
    Eigen::MatrixXd X(n, d + 1), T(m, d + 1);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < d; ++j)
            X(Eigen::Index(i), Eigen::Index(j)) = (trainX[i * d + j] - mean[j]) / scale[j];
        X(Eigen::Index(i), Eigen::Index(d)) = 1.0;
    }
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < d; ++j)
            T(Eigen::Index(i), Eigen::Index(j)) = (testX[i * d + j] - mean[j]) / scale[j];
        T(Eigen::Index(i), Eigen::Index(d)) = 1.0;
    }
    // One-vs-rest (one model for two classes), each by Newton's method on the penalised
    // log-likelihood (the intercept unpenalised).
    const std::size_t models = classes == 2 ? 1 : classes;
    Eigen::MatrixXd score(m, Eigen::Index(classes));
    for (std::size_t c = 0; c < models; ++c) {
        ctx.checkpoint();
        const int positive = classes == 2 ? 1 : int(c);
        Eigen::VectorXd yv(n);
        for (std::size_t i = 0; i < n; ++i)
            yv(Eigen::Index(i)) = trainY[i] == positive ? 1.0 : 0.0;
        Eigen::VectorXd w = Eigen::VectorXd::Zero(Eigen::Index(d + 1));
        Eigen::VectorXd penalty = Eigen::VectorXd::Ones(Eigen::Index(d + 1));
        penalty(Eigen::Index(d)) = 0.0;
        for (int it = 0; it < 50; ++it) {
            const Eigen::VectorXd z = X * w;
            const Eigen::VectorXd p = (1.0 / (1.0 + (-z.array()).exp())).matrix();
            const Eigen::VectorXd g = X.transpose() * (p - yv) + penalty.cwiseProduct(w);
            const Eigen::VectorXd s = (p.array() * (1.0 - p.array())).max(1e-12).matrix();
            Eigen::MatrixXd H = X.transpose() * s.asDiagonal() * X;
            H.diagonal() += penalty;
            H.diagonal().array() += 1e-9;
            const Eigen::VectorXd step = H.ldlt().solve(g);
            w -= step;
            if (step.norm() < 1e-10 * (1.0 + w.norm()))
                break;
        }
        const Eigen::VectorXd p = (1.0 / (1.0 + (-(T * w).array()).exp())).matrix();
        if (classes == 2) {
            score.col(1) = p;
            score.col(0) = (1.0 - p.array()).matrix();
        } else {
            score.col(Eigen::Index(c)) = p;
        }
    }
    std::vector<double> out(m * classes);
    for (std::size_t i = 0; i < m; ++i) {
        double sum = 0.0;
        for (std::size_t c = 0; c < classes; ++c)
            sum += score(Eigen::Index(i), Eigen::Index(c));
        for (std::size_t c = 0; c < classes; ++c)
            out[i * classes + c]
                = sum > 0 ? score(Eigen::Index(i), Eigen::Index(c)) / sum : 1.0 / double(classes);
    }
    return out;
}

} // namespace

std::vector<double> predictProbabilities(const std::vector<double> &trainX,
    const std::vector<int> &trainY, std::size_t cols, std::size_t classCount,
    const std::vector<double> &testX, ClassifierKind kind, std::size_t k, RunContext &ctx)
{
    if (trainY.empty())
        throw Error(ErrorCode::InvalidArgument, "A classifier needs at least one training row.");
    if (kind == ClassifierKind::Logistic)
        return logistic(trainX, trainY, cols, classCount, testX, ctx);
    Table train;
    train.rows = trainY.size();
    train.cols = cols;
    train.x = trainX;
    train.y = trainY;
    train.classes.resize(classCount);
    std::vector<std::size_t> all(train.rows);
    std::iota(all.begin(), all.end(), std::size_t(0));
    const NeighbourIndex index(train, all);
    const std::size_t m = testX.size() / std::max<std::size_t>(cols, 1);
    const std::size_t kk = std::min(k, train.rows);
    std::vector<double> out(m * classCount, 0.0);
    parallelFor(ctx, m, 256, [&](std::size_t b, std::size_t e) {
        std::vector<Neighbour> nn;
        for (std::size_t i = b; i < e; ++i) {
            index.queryPoint(testX.data() + i * cols, kk, nn);
            for (const Neighbour &n : nn)
                out[i * classCount + std::size_t(train.y[n.row])] += 1.0 / double(nn.size());
        }
    });
    return out;
}

std::vector<double> predictProbabilities(const Table &t, const std::vector<std::size_t> &train,
    const std::vector<std::size_t> &test, ClassifierKind kind, std::size_t k, RunContext &ctx)
{
    std::vector<double> trainX(train.size() * t.cols), testX(test.size() * t.cols);
    std::vector<int> trainY(train.size());
    for (std::size_t i = 0; i < train.size(); ++i) {
        std::copy(t.row(train[i]), t.row(train[i]) + t.cols, trainX.begin() + long(i * t.cols));
        trainY[i] = t.y[train[i]];
    }
    for (std::size_t i = 0; i < test.size(); ++i)
        std::copy(t.row(test[i]), t.row(test[i]) + t.cols, testX.begin() + long(i * t.cols));
    return predictProbabilities(trainX, trainY, t.cols, t.classCount(), testX, kind, k, ctx);
}

std::vector<int> stratifiedFolds(
    const std::vector<int> &y, std::size_t classCount, int folds, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<int> fold(y.size(), 0);
    // Each class shuffled, then dealt round-robin, continuing where the last class stopped so
    // the folds' sizes differ by at most one.
    int next = 0;
    for (std::size_t c = 0; c < classCount; ++c) {
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < y.size(); ++i)
            if (y[i] == int(c))
                rows.push_back(i);
        std::shuffle(rows.begin(), rows.end(), random);
        for (std::size_t r : rows) {
            fold[r] = next;
            next = (next + 1) % folds;
        }
    }
    return fold;
}

} // namespace dsl::tabular
