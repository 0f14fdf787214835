#include "viewstate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dsl::app {

namespace {

template <class E, std::size_t N> QString nameOf(E value, const std::array<const char *, N> &names)
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

template <class E, std::size_t N>
std::optional<E> valueOf(const QString &name, const std::array<const char *, N> &names)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

constexpr std::array<const char *, 8> kDisplayNames { "output", "alias", "difference", "kspace",
    "aliaskspace", "roundtrip", "kernel", "response" };
constexpr std::array<const char *, 4> kLayoutNames { "axial", "coronal", "sagittal", "three" };
constexpr std::array<const char *, 4> kTabNames { "waveform", "spectrum", "spectrogram", "filter" };
constexpr std::array<const char *, 3> kFilterNames { "magnitude", "phase", "groupdelay" };
constexpr std::array<const char *, 4> kColourNames { "grey", "viridis", "magma", "cividis" };
constexpr std::array<const char *, 6> kPresetNames { "auto", "full", "ct-brain", "ct-soft-tissue",
    "ct-bone", "custom" };
constexpr std::array<const char *, 4> kSpectrumWindowNames { "rect", "hann", "blackmanharris",
    "kaiser" };

} // namespace

QString displayModeName(DisplayMode mode)
{
    return nameOf(mode, kDisplayNames);
}
std::optional<DisplayMode> displayModeFromName(const QString &name)
{
    return valueOf<DisplayMode>(name, kDisplayNames);
}
QString volumeLayoutName(VolumeLayout layout)
{
    return nameOf(layout, kLayoutNames);
}
std::optional<VolumeLayout> volumeLayoutFromName(const QString &name)
{
    return valueOf<VolumeLayout>(name, kLayoutNames);
}
QString signalTabName(SignalTab tab)
{
    return nameOf(tab, kTabNames);
}
std::optional<SignalTab> signalTabFromName(const QString &name)
{
    return valueOf<SignalTab>(name, kTabNames);
}
QString colourMapName(ColourMap map)
{
    return nameOf(map, kColourNames);
}
std::optional<ColourMap> colourMapFromName(const QString &name)
{
    return valueOf<ColourMap>(name, kColourNames);
}
QString windowPresetName(WindowLevel::Preset preset)
{
    return nameOf(preset, kPresetNames);
}
std::optional<WindowLevel::Preset> windowPresetFromName(const QString &name)
{
    return valueOf<WindowLevel::Preset>(name, kPresetNames);
}

std::optional<std::pair<double, double>> WindowLevel::fixedWindow(Preset preset)
{
    switch (preset) {
    case Preset::CtBrain:
        return std::pair { 80.0, 40.0 };
    case Preset::CtSoftTissue:
        return std::pair { 400.0, 40.0 };
    case Preset::CtBone:
        return std::pair { 1800.0, 400.0 };
    default:
        return std::nullopt;
    }
}

SpectrumOptions SpectrumView::analysisOptions() const
{
    SpectrumOptions o;
    o.window = window;
    o.fftSize = std::size_t(std::max(0, fftSize));
    o.spectrogramMs = stftWindowMs;
    o.spectrogramHopDivisor = std::size_t(std::max(1, stftHopDivisor));
    return o;
}

ViewState::ViewState(QObject *parent)
    : QObject(parent)
{
}

template <class T> void ViewState::set(T &field, const T &value, Aspect aspect)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT changed(aspect);
}

void ViewState::setDisplayMode(DisplayMode mode)
{
    set(m_display, mode, Aspect::Display);
}
void ViewState::setLayout(VolumeLayout layout)
{
    set(m_layout, layout, Aspect::Layout);
}
void ViewState::setRadiological(bool radiological)
{
    set(m_radiological, radiological, Aspect::Orientation);
}
void ViewState::setWindowLevel(const WindowLevel &window)
{
    WindowLevel w = window;
    if (w.preset != WindowLevel::Preset::Custom)
        w.width = w.level = 0.0; // one representation: only Custom carries numbers
    else
        w.width = std::max(w.width, 1e-9);
    set(m_window, w, Aspect::Window);
}
void ViewState::setColourMap(ColourMap map)
{
    set(m_colours, map, Aspect::Colours);
}
void ViewState::setOverlay(bool on)
{
    set(m_overlay, on, Aspect::Overlay);
}
void ViewState::setOverlayOpacity(int percent)
{
    set(m_overlayOpacity, std::clamp(percent, 0, 100), Aspect::Overlay);
}
void ViewState::setKSpaceHann(bool hann)
{
    set(m_hann, hann, Aspect::KSpace);
}
void ViewState::setKSpaceCentralSlices(bool central)
{
    set(m_central, central, Aspect::KSpace);
}
void ViewState::setCursor(const std::array<double, 3> &kji)
{
    set(m_cursor, kji, Aspect::Cursor);
}
void ViewState::setFrame(int frame)
{
    set(m_frame, std::max(0, frame), Aspect::Frame);
}
void ViewState::setFrameOnly(bool frameOnly)
{
    set(m_frameOnly, frameOnly, Aspect::FrameOnly);
}
void ViewState::setSignalTab(SignalTab tab)
{
    set(m_signalTab, tab, Aspect::SignalTab);
}
void ViewState::setFilterMode(FilterMode mode)
{
    set(m_filterMode, mode, Aspect::FilterMode);
}
void ViewState::setSpectrum(const SpectrumView &spectrum)
{
    const SpectrumView old = m_spectrum;
    if (old == spectrum)
        return;
    m_spectrum = spectrum;
    const bool analysis = old.window != spectrum.window || old.fftSize != spectrum.fftSize
        || old.stftWindowMs != spectrum.stftWindowMs
        || old.stftHopDivisor != spectrum.stftHopDivisor;
    const bool display
        = old.stftRangeDb != spectrum.stftRangeDb || old.stftColours != spectrum.stftColours;
    if (analysis)
        Q_EMIT changed(Aspect::SpectrumAnalysis);
    if (display)
        Q_EMIT changed(Aspect::SpectrogramDisplay);
}
void ViewState::setRoundTrip(const QString &methodId)
{
    set(m_roundTrip, methodId, Aspect::RoundTrip);
}
void ViewState::setResampleBack(bool on)
{
    set(m_resampleBack, on, Aspect::Listening);
}
void ViewState::setShift(const ShiftState &shift)
{
    ShiftState s = shift;
    s.eighths = std::clamp(s.eighths, -64, 64);
    set(m_shift, s, Aspect::Shift);
}

EvalOptions TableView::evalOptions() const
{
    EvalOptions o;
    o.folds = folds;
    o.classifier = classifier;
    o.k = k;
    return o;
}

void ViewState::setTable(const TableView &table)
{
    TableView t = table;
    t.folds = std::clamp(t.folds, 2, 20);
    t.k = std::clamp(t.k, 1, 50);
    t.featureX = std::max(0, t.featureX);
    t.featureY = std::max(0, t.featureY);
    if (t == m_table)
        return;
    const TableView old = m_table;
    m_table = t;
    if (old.classifier != t.classifier || old.folds != t.folds || old.k != t.k
        || old.evaluate != t.evaluate)
        Q_EMIT changed(Aspect::TableEvaluation);
    else if (old.pca != t.pca || old.featureX != t.featureX || old.featureY != t.featureY)
        Q_EMIT changed(Aspect::TableProjection);
    else
        Q_EMIT changed(Aspect::TableDisplay);
}

void ViewState::reset()
{
    const ViewState defaults;
    QStringList ignored = applyJson(defaults.toJson());
    Q_UNUSED(ignored);
}

QJsonObject ViewState::toJson() const
{
    QJsonObject window { { QStringLiteral("preset"), windowPresetName(m_window.preset) } };
    if (m_window.preset == WindowLevel::Preset::Custom) {
        window.insert(QStringLiteral("width"), m_window.width);
        window.insert(QStringLiteral("level"), m_window.level);
    }
    const QJsonObject spectrum {
        { QStringLiteral("window"), nameOf(m_spectrum.window, kSpectrumWindowNames) },
        { QStringLiteral("fft_size"), m_spectrum.fftSize },
        { QStringLiteral("stft_window_ms"), m_spectrum.stftWindowMs },
        { QStringLiteral("stft_hop_divisor"), m_spectrum.stftHopDivisor },
        { QStringLiteral("stft_range_db"), m_spectrum.stftRangeDb },
        { QStringLiteral("stft_colours"), colourMapName(m_spectrum.stftColours) },
    };
    return {
        { QStringLiteral("display"), displayModeName(m_display) },
        { QStringLiteral("layout"), volumeLayoutName(m_layout) },
        { QStringLiteral("radiological"), m_radiological },
        { QStringLiteral("window_level"), window },
        { QStringLiteral("colours"), colourMapName(m_colours) },
        { QStringLiteral("overlay"), m_overlay },
        { QStringLiteral("overlay_opacity"), m_overlayOpacity },
        { QStringLiteral("kspace_hann"), m_hann },
        { QStringLiteral("kspace_central_slices"), m_central },
        { QStringLiteral("cursor_kji"), QJsonArray { m_cursor[0], m_cursor[1], m_cursor[2] } },
        { QStringLiteral("frame"), m_frame },
        { QStringLiteral("frame_only"), m_frameOnly },
        { QStringLiteral("signal_tab"), signalTabName(m_signalTab) },
        { QStringLiteral("filter_mode"), nameOf(m_filterMode, kFilterNames) },
        { QStringLiteral("spectrum"), spectrum },
        { QStringLiteral("round_trip"), m_roundTrip },
        { QStringLiteral("resample_back"), m_resampleBack },
        { QStringLiteral("shift"),
            QJsonObject { { QStringLiteral("eighths"), m_shift.eighths },
                { QStringLiteral("x"), m_shift.x }, { QStringLiteral("y"), m_shift.y } } },
        { QStringLiteral("table"),
            QJsonObject {
                { QStringLiteral("projection"),
                    m_table.pca ? QStringLiteral("pca") : QStringLiteral("features") },
                { QStringLiteral("feature_x"), m_table.featureX },
                { QStringLiteral("feature_y"), m_table.featureY },
                { QStringLiteral("boundary"), m_table.boundary },
                { QStringLiteral("links"), m_table.links },
                { QStringLiteral("evaluate"), m_table.evaluate },
                { QStringLiteral("classifier"),
                    QString::fromLatin1(tableClassifierName(m_table.classifier)) },
                { QStringLiteral("folds"), m_table.folds },
                { QStringLiteral("k"), m_table.k },
            } },
    };
}

namespace {

// Reads one field of a JSON object into `out` when present and valid; otherwise records why.
class Reader
{
public:
    Reader(const QJsonObject &json, QString prefix, QStringList &problems)
        : m_json(json)
        , m_prefix(std::move(prefix))
        , m_problems(problems)
    {
    }
    bool has(const char *key) const { return m_json.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_json.value(QLatin1String(key)); }
    void bad(const char *key) const
    {
        m_problems << QCoreApplication::translate("dsl::app::ViewState",
            "The view setting \"%1\" has an unusable value; it keeps its previous value.")
                          .arg(m_prefix + QLatin1String(key));
    }
    void boolean(const char *key, bool &out) const
    {
        if (!has(key))
            return;
        if (value(key).isBool())
            out = value(key).toBool();
        else
            bad(key);
    }
    void integer(const char *key, int &out, int low, int high) const
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        const double d = v.toDouble(std::nan(""));
        if (v.isDouble() && d == std::floor(d) && d >= low && d <= high)
            out = int(d);
        else
            bad(key);
    }
    void real(const char *key, double &out, double low, double high) const
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        const double d = v.toDouble(std::nan(""));
        if (v.isDouble() && std::isfinite(d) && d >= low && d <= high)
            out = d;
        else
            bad(key);
    }
    template <class E, class F> void named(const char *key, E &out, F fromName) const
    {
        if (!has(key))
            return;
        if (const std::optional<E> e = fromName(value(key).toString()); value(key).isString() && e)
            out = *e;
        else
            bad(key);
    }

private:
    const QJsonObject &m_json;
    QString m_prefix;
    QStringList &m_problems;
};

} // namespace

QStringList ViewState::applyJson(const QJsonObject &json)
{
    QStringList problems;
    const Reader r(json, QString(), problems);
    DisplayMode display = m_display;
    r.named("display", display, displayModeFromName);
    VolumeLayout layout = m_layout;
    r.named("layout", layout, volumeLayoutFromName);
    bool radiological = m_radiological, overlay = m_overlay, hann = m_hann, central = m_central,
         frameOnly = m_frameOnly, resampleBack = m_resampleBack;
    r.boolean("radiological", radiological);
    r.boolean("overlay", overlay);
    r.boolean("kspace_hann", hann);
    r.boolean("kspace_central_slices", central);
    r.boolean("frame_only", frameOnly);
    r.boolean("resample_back", resampleBack);
    ColourMap colours = m_colours;
    r.named("colours", colours, colourMapFromName);
    int opacity = m_overlayOpacity, frame = m_frame;
    r.integer("overlay_opacity", opacity, 0, 100);
    r.integer("frame", frame, 0, 1 << 24);
    SignalTab tab = m_signalTab;
    r.named("signal_tab", tab, signalTabFromName);
    FilterMode filter = m_filterMode;
    r.named("filter_mode", filter,
        [](const QString &n) { return valueOf<FilterMode>(n, kFilterNames); });
    QString roundTrip = m_roundTrip;
    if (r.has("round_trip")) {
        const QString v = r.value("round_trip").toString();
        if (r.value("round_trip").isString() && (v.isEmpty() || v.startsWith(u"resize.")))
            roundTrip = v;
        else
            r.bad("round_trip");
    }
    std::array<double, 3> cursor = m_cursor;
    if (r.has("cursor_kji")) {
        const QJsonArray a = r.value("cursor_kji").toArray();
        bool ok = r.value("cursor_kji").isArray() && a.size() == 3;
        for (int i = 0; ok && i < 3; ++i) {
            const double d = a[i].toDouble(-1.0);
            ok = a[i].isDouble() && std::isfinite(d) && d >= 0.0 && d < 1e7;
            cursor[std::size_t(i)] = d;
        }
        if (!ok) {
            cursor = m_cursor;
            r.bad("cursor_kji");
        }
    }
    WindowLevel window = m_window;
    if (r.has("window_level")) {
        if (!r.value("window_level").isObject())
            r.bad("window_level");
        const QJsonObject wj = r.value("window_level").toObject();
        const Reader w(wj, QStringLiteral("window_level."), problems);
        w.named("preset", window.preset, windowPresetFromName);
        if (window.preset == WindowLevel::Preset::Custom) {
            window.width = window.width > 0 ? window.width : 1.0;
            w.real("width", window.width, 1e-9, 1e15);
            w.real("level", window.level, -1e15, 1e15);
        }
    }
    SpectrumView spectrum = m_spectrum;
    if (r.has("spectrum")) {
        if (!r.value("spectrum").isObject())
            r.bad("spectrum");
        const QJsonObject sj = r.value("spectrum").toObject();
        const Reader s(sj, QStringLiteral("spectrum."), problems);
        s.named("window", spectrum.window,
            [](const QString &n) { return valueOf<SpectrumWindow>(n, kSpectrumWindowNames); });
        s.integer("fft_size", spectrum.fftSize, 0, 1 << 20);
        if (spectrum.fftSize & (spectrum.fftSize - 1)) {
            s.bad("fft_size");
            spectrum.fftSize = m_spectrum.fftSize;
        }
        s.real("stft_window_ms", spectrum.stftWindowMs, 0.1, 10000.0);
        s.integer("stft_hop_divisor", spectrum.stftHopDivisor, 1, 64);
        s.integer("stft_range_db", spectrum.stftRangeDb, 30, 200);
        s.named("stft_colours", spectrum.stftColours, colourMapFromName);
    }
    ShiftState shift = m_shift;
    if (r.has("shift")) {
        if (!r.value("shift").isObject())
            r.bad("shift");
        const QJsonObject hj = r.value("shift").toObject();
        const Reader h(hj, QStringLiteral("shift."), problems);
        h.integer("eighths", shift.eighths, -64, 64);
        h.boolean("x", shift.x);
        h.boolean("y", shift.y);
    }
    TableView table = m_table;
    if (r.has("table")) {
        if (!r.value("table").isObject())
            r.bad("table");
        const QJsonObject tj = r.value("table").toObject();
        const Reader t(tj, QStringLiteral("table."), problems);
        t.named("projection", table.pca, [](const QString &n) -> std::optional<bool> {
            if (n == u"pca" || n == u"features")
                return n == u"pca";
            return std::nullopt;
        });
        t.integer("feature_x", table.featureX, 0, 1 << 20);
        t.integer("feature_y", table.featureY, 0, 1 << 20);
        t.boolean("boundary", table.boundary);
        t.boolean("links", table.links);
        t.boolean("evaluate", table.evaluate);
        t.named(
            "classifier", table.classifier, [](const QString &n) -> std::optional<TableClassifier> {
                if (n == u"knn")
                    return TableClassifier::Knn;
                if (n == u"logistic")
                    return TableClassifier::Logistic;
                return std::nullopt;
            });
        t.integer("folds", table.folds, 2, 20);
        t.integer("k", table.k, 1, 50);
    }

    setDisplayMode(display);
    setLayout(layout);
    setRadiological(radiological);
    setWindowLevel(window);
    setColourMap(colours);
    setOverlay(overlay);
    setOverlayOpacity(opacity);
    setKSpaceHann(hann);
    setKSpaceCentralSlices(central);
    setFrameOnly(frameOnly);
    setFrame(frame);
    setCursor(cursor);
    setSignalTab(tab);
    setFilterMode(filter);
    setSpectrum(spectrum);
    setRoundTrip(roundTrip);
    setResampleBack(resampleBack);
    setShift(shift);
    // Each aspect of the table view on its own, so every one that changed is announced.
    TableView step = m_table;
    step.classifier = table.classifier;
    step.folds = table.folds;
    step.k = table.k;
    step.evaluate = table.evaluate;
    setTable(step);
    step.pca = table.pca;
    step.featureX = table.featureX;
    step.featureY = table.featureY;
    setTable(step);
    setTable(table);
    return problems;
}

} // namespace dsl::app
