#include "workspace.h"

#include "appcommon.h"
#include "audioplayer.h"
#include "explorers/imageexplorer.h"
#include "explorers/radialspectrum.h"
#include "explorers/shiftexplorer.h"
#include "explorers/signalexplorer.h"
#include "explorers/tableexplorer.h"
#include "explorers/volumeexplorer.h"
#include "export/exporter.h"
#include "fileloader.h"
#include "methodcatalog.h"
#include "panels/comparisongrid.h"
#include "panels/metricspanel.h"
#include "panels/sourcepanel.h"
#include "panels/tablepanel.h"
#include "panels/variantspanel.h"
#include "panels/viewpanel.h"
#include "scheduler.h"
#include "session/analysiscache.h"
#include "session/jobservice.h"
#include "session/sourcedocument.h"

#include "imagepane.h"
#include "metricstable.h"
#include "render.h"

#include "dsl/error.h"
#include "dsl/io.h"
#include "dsl/synth.h"

#include <QFileInfo>

#include <cmath>

namespace dsl::app {

Workspace::Workspace(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_jobs(new JobService(this))
    , m_comparison(new Comparison(this))
    , m_scheduler(new Scheduler(m_jobs, this))
    , m_view(new ViewState(this))
    , m_document(new SourceDocument(m_comparison, m_view, m_jobs, this))
    , m_analysis(new AnalysisCache(m_jobs, m_view, this))
    , m_loader(new FileLoader(m_jobs, this))
    , m_player(new AudioPlayer(this))
    , m_grid(new ComparisonGrid(window))
    , m_sourcePanel(new SourcePanel(window))
    , m_viewPanel(new ViewPanel(m_view, window))
    , m_variants(new VariantsPanel(m_comparison, window))
    , m_sessions(new SessionController(this, m_comparison, m_view, m_variants, this))
    , m_shift(new ShiftExplorer(m_view, m_jobs, window))
    , m_radialChart(new RadialSpectrum(m_comparison, m_view, m_analysis, window))
    , m_metrics(new widgets::MetricsTable(window))
    , m_signal(new SignalExplorer(m_comparison, m_view, m_jobs, m_scheduler, m_player, this))
    , m_image(new ImageExplorer(m_comparison, m_view, this, this))
    , m_volume(new VolumeExplorer(m_comparison, m_view, this, m_image, this))
    , m_tables(new TableExplorer(m_comparison, m_view, m_jobs, this))
    , m_tablePanel(new TablePanel(m_view, window))
    // The explorers, asked in this order which one shows a source (images take the rest).
    , m_explorers { m_signal, m_volume, m_image }
{
    wireExplorers();
    wireModel();
    m_tablePanel->hide();
    updateSliceControls();
}

Workspace::~Workspace()
{
    // Cancels every job and waits for its work to return: nothing computes for a workspace that
    // is gone, and no result arrives at one.
    m_jobs->shutdown();
}

void Workspace::wireExplorers()
{
    for (Explorer *e : std::as_const(m_explorers))
        e->setPaneWiring([this](widgets::ImagePane *p, int normal) {
            connect(p, &widgets::ImagePane::clicked, this,
                [this, normal](const QPointF &pos) { clickView(normal, pos); });
            connect(
                p, &widgets::ImagePane::windowLevelDragged, this, &Workspace::onWindowLevelDrag);
        });
    connect(m_signal, &SignalExplorer::error, this, &Workspace::showError);
    connect(m_signal, &SignalExplorer::status, this, &Workspace::status);
    connect(m_signal, &SignalExplorer::referenceViewsReady, this, [this] {
        refreshImagePanes();
        if (m_comparison->results().size() == m_comparison->variants().size())
            Q_EMIT allResultsReady();
    });
    connect(m_tables, &TableExplorer::repaintRequested, this, &Workspace::refreshImagePanes);
    connect(m_tables, &TableExplorer::baselineChanged, this, [this] {
        m_sourcePanel->setDescription(m_tables->describeSource());
        refreshMetrics();
    });
    connect(m_shift, &ShiftExplorer::computeRequested, this, &Workspace::computeShiftCurves);
    connect(m_shift, &ShiftExplorer::curveAdded, this, &Workspace::shiftCurvesUpdated);
    connect(m_shift, &ShiftExplorer::figuresChanged, this, &Workspace::refreshMetrics);
    connect(m_shift, &ShiftExplorer::error, this, &Workspace::showError);
    connect(m_analysis, &AnalysisCache::spectraChanged, this, [this] {
        refreshImagePanes();
        refreshRadialChart();
    });
    connect(m_analysis, &AnalysisCache::kernelsChanged, this, &Workspace::refreshImagePanes);
    connect(m_analysis, &AnalysisCache::error, this, &Workspace::showError);
}

void Workspace::wireModel()
{
    connect(m_sourcePanel, &SourcePanel::openRequested, this, &Workspace::openFile);
    connect(m_sourcePanel, &SourcePanel::generateRequested, this, &Workspace::openSynthetic);
    m_viewPanel->setWindowProvider([this] { return currentWindow(); });
    connect(m_viewPanel, &ViewPanel::listenRequested, this, &Workspace::listen);
    connect(m_viewPanel, &ViewPanel::stopRequested, m_player, &AudioPlayer::stop);
    connect(m_view, &ViewState::changed, this, &Workspace::onViewChanged);
    connect(m_document, &SourceDocument::baseChanged, this, [this] {
        syncControls();
        m_shift->clear();
    });
    connect(m_document, &SourceDocument::scanChanged, m_viewPanel, &ViewPanel::resetSliceRange);
    connect(m_document, &SourceDocument::error, this, &Workspace::showError);
    connect(m_jobs, &JobService::failed, this,
        [this](const JobKey &, const QString &message) { showError(message); });
    connect(m_loader, &FileLoader::loadingChanged, this, &Workspace::loadingChanged);
    connect(m_scheduler, &Scheduler::resultReady, this, &Workspace::onResult);
    connect(m_scheduler, &Scheduler::partialReady, this, &Workspace::onPartial);
    connect(m_comparison, &Comparison::sourceChanged, this, &Workspace::onSourceChanged);
    connect(m_comparison, &Comparison::variantsChanged, this, [this] {
        // Drop results of removed variants; compute new ones.
        m_variants->refresh();
        rebuildPanes();
        for (const VariantSpec &v : m_comparison->variants())
            if (!m_comparison->results().contains(v.id))
                recompute(v.id);
        refreshMetrics();
    });
    connect(m_comparison, &Comparison::variantParamsChanged, this, [this](int id) {
        m_variants->refresh();
        recompute(id);
    });
}

void Workspace::onSourceChanged()
{
    syncControls();
    m_scheduler->cancelAll();
    const auto table = m_comparison->table();
    m_viewPanel->setVisible(!table);
    m_tablePanel->setVisible(bool(table));
    if (table) {
        QStringList names;
        for (const std::string &f : table->featureNames)
            names << QString::fromStdString(f);
        m_tablePanel->setFeatures(names);
        m_tables->updateProjection();
        m_tables->evaluateBaseline();
        m_sourcePanel->setDescription(m_tables->describeSource());
    } else {
        m_signal->computeReferenceViews();
        m_sourcePanel->setDescription(m_document->describe());
    }
    m_metrics->setTableMode(bool(table));
    updateSliceControls();
    rebuildPanes();
    recomputeAll();
}

void Workspace::adaptVariants(bool defaults)
{
    const bool table = bool(m_comparison->table());
    QList<int> other;
    for (const VariantSpec &v : m_comparison->variants()) {
        MethodSchema m;
        if (findMethodSchema(v.methodId, m) && m.table != table)
            other << v.id;
    }
    for (int id : std::as_const(other))
        m_comparison->removeVariant(id);
    // Defaults for an opened file, or when the switch of kind emptied the list.
    if (!m_comparison->variants().isEmpty() || (!defaults && other.isEmpty()))
        return;
    if (table) {
        // Random undersampling against the cleaning methods: what each throws away.
        addVariant(QStringLiteral("under.random"), { { "random_state", "0" } }); // replayable
        addVariant(QStringLiteral("under.tomek"));
        addVariant(QStringLiteral("under.enn"));
    } else {
        addVariant(QStringLiteral("decimate.naive"), { { "factor", "4" } });
        addVariant(QStringLiteral("decimate.boxcar"), { { "factor", "4" } });
    }
}

bool Workspace::openTable(std::shared_ptr<const Table> table, const QString &name, bool defaults)
{
    m_document->setTable(std::move(table), name);
    adaptVariants(defaults);
    return true;
}

void Workspace::showError(const QString &message)
{
    m_lastError = message;
    Q_EMIT error(message);
}

bool Workspace::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_loader->isLoading()) {
        showError(tr("%1 is still loading; wait for it or cancel it first.").arg(name));
        return false;
    }
    Q_EMIT status(tr("Loading %1…").arg(name), 0);
    LoadOptions options;
    options.maxBytes = FileLoader::memoryBudget();
    try {
        if (looksLikeTable(path.toStdString())) {
            TableLoadOptions tableOptions;
            tableOptions.maxBytes = options.maxBytes;
            const auto table = m_loader->loadTable(path, tableOptions);
            m_sessions->noteSource(SessionSpec::Source::File, QFileInfo(path).absoluteFilePath());
            openTable(table, name, true);
        } else {
            const auto array = m_loader->load(path, options);
            m_sessions->noteSource(SessionSpec::Source::File, QFileInfo(path).absoluteFilePath());
            m_document->setBase(array, name);
            adaptVariants(true);
        }
        m_sourcePanel->addRecent(path);
        Q_EMIT status(tr("Loaded %1").arg(name), 4000);
        return true;
    } catch (const Cancelled &) {
        m_lastError = tr("Loading %1 was cancelled.").arg(name);
        Q_EMIT status(m_lastError, 5000);
    } catch (const Error &e) {
        showError(QString::fromStdString(e.what()));
    } catch (const std::bad_alloc &) {
        showError(tr("The file %1 is too large to load.").arg(path));
    } catch (const std::exception &e) {
        showError(
            tr("The file %1 could not be loaded: %2").arg(path, QString::fromStdString(e.what())));
    }
    return false;
}

bool Workspace::openSynthetic(const QString &spec)
{
    try {
        if (isTableGeneratorSpec(spec.toStdString())) {
            auto table = std::make_shared<const Table>(generateTable(spec.toStdString()));
            QString name = spec;
            for (const TableGeneratorInfo &g : tableGenerators())
                if (g.id == spec.section(u':', 0, 0).toStdString())
                    name = trDsl(g.name);
            m_sessions->noteSource(SessionSpec::Source::Synthetic, spec);
            openTable(std::move(table), name, false);
            m_sourcePanel->showGenerator(spec);
            return true;
        }
        auto array = std::make_shared<const Array>(generate(spec.toStdString()));
        const GeneratorInfo *g = findGenerator(spec.section(u':', 0, 0).toStdString());
        m_sessions->noteSource(SessionSpec::Source::Synthetic, spec);
        m_document->setBase(array, g ? trDsl(g->name) : spec);
        adaptVariants(false);
        m_sourcePanel->showGenerator(spec);
        return true;
    } catch (const Error &e) {
        showError(QString::fromStdString(e.what()));
        return false;
    }
}

void Workspace::openDemo()
{
    // A zone plate: naive subsampling turns rings into moiré, the block mean blurs them away.
    openPreset(0);
}

void Workspace::openPreset(int preset)
{
    m_sessions->openPreset(preset);
}
SessionSpec Workspace::currentSession() const
{
    return m_sessions->current();
}
bool Workspace::applySession(const SessionSpec &session)
{
    return m_sessions->apply(session);
}
bool Workspace::saveSession(const QString &path)
{
    return m_sessions->save(path);
}
bool Workspace::openSession(const QString &path)
{
    return m_sessions->open(path);
}
QStringList Workspace::lastWarnings() const
{
    return m_sessions->warnings();
}

int Workspace::addVariant(const QString &methodId, const std::map<std::string, std::string> &params)
{
    return m_variants->addVariant(methodId, params);
}

void Workspace::setVariantParameter(int variantId, const std::string &key, const std::string &value)
{
    m_variants->setParameter(variantId, key, value);
}

void Workspace::selectVariant(int variantId)
{
    m_variants->select(variantId);
}
int Workspace::selectedVariant() const
{
    return m_variants->selected();
}

// ---- The comparison grid -------------------------------------------------------------------

Explorer *Workspace::explorerFor(const Array &source) const
{
    for (Explorer *e : m_explorers)
        if (e->accepts(source))
            return e;
    return nullptr;
}

void Workspace::rebuildPanes()
{
    const auto src = m_comparison->source();
    QList<int> ids;
    for (const VariantSpec &v : m_comparison->variants())
        ids.append(v.id);
    m_grid->rebuild(m_comparison->table() ? m_tables : src ? explorerFor(*src) : nullptr, ids);
    if (m_comparison->table()) {
        refreshImagePanes();
        refreshMetrics();
        return;
    }
    if (!src)
        return;
    refreshImagePanes();
    m_metrics->setSignalMode(src->kind == Kind::Signal);
    refreshMetrics();
}

void Workspace::refreshReference()
{
    if (const auto t = m_comparison->table())
        m_grid->refreshReference(tr("Original: %1 — %2 rows × %3 features")
                                     .arg(m_comparison->sourceName())
                                     .arg(t->rows)
                                     .arg(t->cols));
    if (const auto src = m_comparison->source())
        m_grid->refreshReference(
            tr("Reference: %1 — %2").arg(m_comparison->sourceName(), shapeText(*src)));
}

void Workspace::refreshVariantPane(int variantId)
{
    const VariantSpec *spec = m_comparison->variant(variantId);
    const auto src = m_comparison->source();
    const auto it = m_comparison->results().constFind(variantId);
    if (spec && m_comparison->table()) {
        QString title = Comparison::title(*spec);
        const VariantResult *r = m_comparison->latest(variantId);
        if (r && r->table) {
            const TableRecord &rec = r->table->record;
            title += tr(" — %1 of %2 rows (%3 %)")
                         .arg(rec.rowsAfter())
                         .arg(rec.rowsBefore())
                         .arg(100.0 * rec.keptFraction(), 0, 'f', 1);
            if (r->table->evaluated && rec.evaluation.computed())
                title += tr(", balanced accuracy %1")
                             .arg(rec.evaluation.balancedAccuracy.mean, 0, 'f', 3);
        }
        m_grid->refreshVariant(variantId, title);
        return;
    }
    if (!spec || !src)
        return;
    QString title = Comparison::title(*spec);
    if (it != m_comparison->results().constEnd() && it->analysis) {
        const Analysis &an = *it->analysis;
        title += tr(" — %1, alias %2 dB")
                     .arg(shapeText(an.result.output))
                     .arg(an.metrics.aliasEnergyDb, 0, 'f', 1);
        if (spec->methodId == "pool.haar" && src->kind != Kind::Signal)
            title += tr(", detail energy discarded %1 %")
                         .arg(100.0 * haarDiscardedEnergy(*src, an.result.output), 0, 'f', 1);
    }
    m_grid->refreshVariant(variantId, title);
}

void Workspace::refreshImagePanes()
{
    refreshReference();
    for (const VariantSpec &v : m_comparison->variants())
        refreshVariantPane(v.id);
}

void Workspace::refreshAllPanes()
{
    refreshImagePanes();
    updateSliceControls();
}

void Workspace::refreshRadialChart()
{
    const VolumeLayout layout = m_view->layout();
    const auto src = m_comparison->source();
    const bool scan = src && m_volume->accepts(*src);
    m_radialChart->refresh(
        sliceIndex(), frame(), scan && layout != VolumeLayout::ThreeViews ? int(layout) : 0);
}

void Workspace::updateColourLimits()
{
    if (m_analysis->updateScales(*m_comparison) && m_view->displayMode() != DisplayMode::Output)
        for (const VariantSpec &v : m_comparison->variants())
            refreshVariantPane(v.id);
}

void Workspace::updateSliceControls()
{
    const auto src = m_comparison->source();
    m_viewPanel->setSource(src, m_document->full() ? m_document->full() : src);
    m_viewPanel->setListenAvailable(m_player->isAvailable(), m_player->unavailableReason());
    if (src)
        Q_EMIT sourceShown(src->kind);
    else if (m_comparison->table())
        Q_EMIT tableShown();
}

void Workspace::syncControls()
{
    // The controls show the view state; they never hold state of their own.
    m_viewPanel->sync();
    m_tablePanel->sync();
    m_shift->sync();
}

// ---- Variants and their results ------------------------------------------------------------

void Workspace::recomputeAll()
{
    for (const VariantSpec &v : m_comparison->variants())
        recompute(v.id);
}

void Workspace::recompute(int variantId)
{
    const VariantSpec *v = m_comparison->variant(variantId);
    if (!v || !m_comparison->hasSource())
        return;
    m_comparison->dropResult(variantId);
    refreshVariantPane(variantId);
    if (const auto table = m_comparison->table()) {
        const TableView tv = m_view->table();
        m_scheduler->requestTable(variantId, table, m_comparison->sourceGeneration(), v->methodId,
            v->params, tv.evalOptions(), tv.evaluate);
    } else {
        m_scheduler->request(variantId, m_comparison->source(), m_comparison->sourceGeneration(),
            v->methodId, v->params);
    }
    refreshMetrics();
}

void Workspace::onPartial(int variantId, const VariantResult &result)
{
    // Only while nothing final is shown for this variant: draw its output now, the analysis
    // (alias map, metrics, spectra) follows.
    if (m_comparison->results().contains(variantId) || !m_comparison->variant(variantId))
        return;
    m_comparison->setPartial(variantId, result);
    refreshVariantPane(variantId);
}

void Workspace::onResult(int variantId, const VariantResult &result)
{
    if (!m_comparison->variant(variantId))
        return;
    m_comparison->setResult(variantId, result);
    updateColourLimits();
    refreshVariantPane(variantId);
    const bool signal = m_comparison->source() && m_comparison->source()->kind == Kind::Signal;
    if (signal)
        m_signal->refreshFilters();
    refreshMetrics();
    if (m_comparison->results().size() == m_comparison->variants().size()
        && (!signal || m_signal->hasReferenceViews()))
        Q_EMIT allResultsReady();
}

MetricsContext Workspace::metricsContext() const
{
    MetricsContext c;
    c.sourceRange = m_document->range();
    c.cursor = m_view->cursor();
    c.frame = frame();
    c.roundTrip = !m_view->roundTrip().isEmpty();
    c.shiftFigure = [this](const VariantSpec &v) { return validShiftFigure(v); };
    return c;
}

std::vector<MetricsRecord> Workspace::metricsRecords() const
{
    return dsl::app::metricsRecords(*m_comparison, metricsContext());
}

const ShiftFigure *Workspace::validShiftFigure(const VariantSpec &v) const
{
    return m_shift->figure(v.id, v.methodId, v.params, m_document->base());
}

void Workspace::refreshMetrics()
{
    if (m_comparison->table())
        refreshTableMetrics();
    else
        showMetrics(m_metrics, *m_comparison, metricsContext());
}

void Workspace::refreshTableMetrics()
{
    const auto table = m_comparison->table();
    QList<int> ids { 0 };
    for (const VariantSpec &v : m_comparison->variants())
        ids << v.id;
    m_metrics->setVariantIds(ids);
    // Row 0: the classifier on the table as it is, the baseline every variant is judged by.
    const Evaluation *baseline = m_tables->baseline();
    TableRecord original;
    original.classes = table->classes;
    original.countsBefore = original.countsAfter = table->counts();
    m_metrics->setTableVariant(0, tr("Original (no undersampling)"), &original, baseline,
        baseline || !m_view->table().evaluate ? QString() : tr("cross-validating…"));
    for (const VariantSpec &v : m_comparison->variants()) {
        const VariantResult *r = m_comparison->latest(v.id);
        if (r && r->table)
            m_metrics->setTableVariant(v.id, Comparison::title(v), &r->table->record,
                r->table->evaluated ? &r->table->record.evaluation : nullptr,
                r->partial ? tr("cross-validating…") : QString());
        else
            m_metrics->setTableVariant(
                v.id, Comparison::title(v), nullptr, nullptr, r ? r->error : tr("computing…"));
    }
}

std::vector<TableRecord> Workspace::tableRecords() const
{
    std::vector<TableRecord> records;
    for (const VariantSpec &v : m_comparison->variants()) {
        const auto it = m_comparison->results().constFind(v.id);
        if (it == m_comparison->results().constEnd() || !it->table)
            continue;
        TableRecord r = it->table->record;
        r.variant = Comparison::title(v).toStdString();
        records.push_back(std::move(r));
    }
    return records;
}

// ---- Shift explorer and listening ----------------------------------------------------------

void Workspace::setShift(int eighths)
{
    ShiftState shift = m_view->shift();
    shift.eighths = eighths;
    m_view->setShift(shift);
}

void Workspace::computeShiftCurves()
{
    QList<ShiftVariant> variants;
    for (const VariantSpec &v : m_comparison->variants())
        variants.append({ v.id, v.methodId, v.params, Comparison::title(v) });
    m_shift->computeCurves(m_document->base(), variants);
}

QFuture<std::shared_ptr<const Array>> Workspace::playbackSignal(int what)
{
    return m_signal->playbackSignal(what, selectedVariant());
}

void Workspace::listen(int what)
{
    m_signal->listen(what, selectedVariant());
}

// ---- Exports -------------------------------------------------------------------------------

bool Workspace::exported(const QString &path, const QString &error)
{
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    Q_EMIT status(tr("Exported %1").arg(path), 4000);
    return true;
}

bool Workspace::exportMetricsTo(const QString &path)
{
    if (m_comparison->table())
        return exported(path, exporter::writeTableMetrics(tableRecords(), path));
    // Full precision from the results, stable column ids (core's record, as the CLI's).
    return exported(path, exporter::writeMetrics(metricsRecords(), path));
}

bool Workspace::exportViewTo(const QString &path)
{
    return exported(path,
        exporter::writeView(
            m_grid->canvas()->grab().toImage(), m_comparison->source().get(), path));
}

bool Workspace::exportSliceTo(int variantId, const QString &path)
{
    // The plane through the cursor (axial in the three-view layout) of a variant (0: the
    // source), as values.
    const auto src = m_comparison->source();
    const auto it = m_comparison->results().constFind(variantId);
    const bool computed = it != m_comparison->results().constEnd() && it->analysis;
    if (!src || (variantId != 0 && !computed))
        return exported(
            path, tr("Select a computed variant of a scan to export one of its slices."));
    const int shown = m_view->layout() == VolumeLayout::ThreeViews ? 0 : int(m_view->layout());
    const Array &volume = variantId == 0 ? *src : it->analysis->result.output;
    return exported(path,
        exporter::writeSlice(volume, *src,
            variantId == 0 ? std::vector<AxisMap> {} : it->analysis->result.map, shown,
            sliceIndex(), frame(), m_volume->flipColumns(shown), path));
}

bool Workspace::exportVariantTo(int variantId, const QString &path, bool originalType)
{
    const auto it = m_comparison->results().constFind(variantId);
    if (m_comparison->table()) {
        if (it == m_comparison->results().constEnd() || !it->table)
            return exported(path, tr("Select a computed variant to export."));
        return exported(path, exporter::writeTableVariant(*it->table, path));
    }
    if (it == m_comparison->results().constEnd() || !it->analysis)
        return exported(path, tr("Select a computed variant to export."));
    return exported(path,
        exporter::writeVariant(
            it->analysis->result.output, m_comparison->source().get(), path, originalType));
}

// ---- Parts, for the window and for tests ---------------------------------------------------

widgets::ParamForm *Workspace::parameterForm() const
{
    return m_variants->form();
}
QWidget *Workspace::referencePane() const
{
    return m_grid->referencePane();
}
QWidget *Workspace::variantPane(int variantId) const
{
    return m_grid->variantPane(variantId);
}
QChartView *Workspace::shiftChart() const
{
    return m_shift->chart();
}
QChartView *Workspace::radialChart() const
{
    return m_radialChart;
}
QCheckBox *Workspace::resampleBackBox() const
{
    return m_viewPanel->resampleBackBox();
}
const QList<QPushButton *> &Workspace::listenButtons() const
{
    return m_viewPanel->listenButtons();
}
QString Workspace::foldReadout() const
{
    return m_signal->foldReadout();
}
int Workspace::kspaceCount() const
{
    return int(m_analysis->spectra().size());
}

widgets::ImagePane *Workspace::viewPane(int variantId, int normal) const
{
    return normal < 0 || normal > 2 ? nullptr : m_volume->viewPane(variantId, normal);
}

} // namespace dsl::app
