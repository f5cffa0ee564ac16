#pragma once
// Internal to sldparser.cpp, sldfilters.cpp and sldsymbolizers.cpp: the QXmlStreamReader
// walk over an SLD document. Every read* function starts on its element's StartElement and
// returns after its EndElement. An error stops the walk at once (QXmlStreamReader::raiseError), so after
// a failure the functions return quickly with placeholder values that nobody uses.
#include "render/sldparser.h"

#include <QXmlStreamReader>

#include <optional>

namespace lianxin {

class SldReader {
public:
    SldReader(const QByteArray &xml, const QString &sourceName);
    SldParseResult read();

private:
    struct Location {
        qint64 line = 0;
        qint64 column = 0;
    };

    // Plumbing (sldparser.cpp).
    Location here() const;
    QString at(const Location &where) const;
    void fail(const Location &where, const QString &message);
    void warn(const Location &where, const QString &message);
    void skipUnsupported(QStringView parent); // warns, then skips the current element
    bool is(QStringView localName) const;     // current element, in an SLD/SE/OGC namespace
    bool isMetadata() const;                  // Name, Title, Abstract...: no effect on drawing
    QString text();                           // the element's text, children included, trimmed
    std::optional<double> number(const QString &value, const Location &where, const QString &what,
                                 double min, double max);
    std::optional<double> readNumber(const QString &what, double min, double max);
    std::optional<QColor> colour(const QString &value, const Location &where, const QString &what);

    // Document structure (sldparser.cpp).
    void readDescriptor(Style &style);
    void readLayer(Style &style);
    void readUserStyle(Style &style);
    void readFeatureTypeStyle(Style &style);
    StyleRule readRule();
    QString readDescriptionTitle();

    // Filters (sldfilters.cpp).
    Filter readFilter();
    void readFilterExpression(Filter &filter, std::optional<Filter::Combine> parent, int depth);
    Comparison readComparison(Comparison::Op op);
    FeatureValue readLiteral();

    // Symbolizers (sldsymbolizers.cpp).
    void checkUnits();
    QColor readFill(const QColor &defaultColour, QStringView parent);
    Stroke readStroke(QStringView parent);
    std::vector<double> dashArray(const QString &value, const Location &where);
    PolygonSymbolizer readPolygonSymbolizer();
    LineSymbolizer readLineSymbolizer();
    PointSymbolizer readPointSymbolizer();
    void readGraphic(PointSymbolizer &point);
    void readMark(PointSymbolizer &point);
    TextSymbolizer readTextSymbolizer();
    QString readLabel();
    void readFont(TextSymbolizer &text);
    void readHalo(TextSymbolizer &text);
    std::optional<int> readPriority();

    QXmlStreamReader m_xml;
    QByteArray m_data;
    QString m_text; // m_data decoded, to find where a start tag begins
    QString m_source;
    QString m_error; // the first failure, "file:line:column: message"
    QStringList m_warnings;
    Location m_rootEnd;
};

} // namespace lianxin
