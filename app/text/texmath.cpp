#include "texmath.h"

#include <QHash>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table = {
        {u"alpha"_s, u"α"_s}, {u"beta"_s, u"β"_s}, {u"gamma"_s, u"γ"_s}, {u"delta"_s, u"δ"_s},
        {u"epsilon"_s, u"ε"_s}, {u"varepsilon"_s, u"ε"_s}, {u"zeta"_s, u"ζ"_s}, {u"eta"_s, u"η"_s},
        {u"theta"_s, u"θ"_s}, {u"vartheta"_s, u"ϑ"_s}, {u"iota"_s, u"ι"_s}, {u"kappa"_s, u"κ"_s},
        {u"lambda"_s, u"λ"_s}, {u"mu"_s, u"μ"_s}, {u"nu"_s, u"ν"_s}, {u"xi"_s, u"ξ"_s}, {u"pi"_s, u"π"_s},
        {u"rho"_s, u"ρ"_s}, {u"sigma"_s, u"σ"_s}, {u"tau"_s, u"τ"_s}, {u"upsilon"_s, u"υ"_s},
        {u"phi"_s, u"φ"_s}, {u"varphi"_s, u"φ"_s}, {u"chi"_s, u"χ"_s}, {u"psi"_s, u"ψ"_s},
        {u"omega"_s, u"ω"_s}, {u"Gamma"_s, u"Γ"_s}, {u"Delta"_s, u"Δ"_s}, {u"Theta"_s, u"Θ"_s},
        {u"Lambda"_s, u"Λ"_s}, {u"Xi"_s, u"Ξ"_s}, {u"Pi"_s, u"Π"_s}, {u"Sigma"_s, u"Σ"_s},
        {u"Phi"_s, u"Φ"_s}, {u"Psi"_s, u"Ψ"_s}, {u"Omega"_s, u"Ω"_s},
        {u"times"_s, u"×"_s}, {u"cdot"_s, u"·"_s}, {u"leq"_s, u"≤"_s}, {u"le"_s, u"≤"_s},
        {u"geq"_s, u"≥"_s}, {u"ge"_s, u"≥"_s}, {u"neq"_s, u"≠"_s}, {u"ne"_s, u"≠"_s},
        {u"approx"_s, u"≈"_s}, {u"sim"_s, u"∼"_s}, {u"simeq"_s, u"≃"_s}, {u"infty"_s, u"∞"_s},
        {u"pm"_s, u"±"_s}, {u"mp"_s, u"∓"_s}, {u"to"_s, u"→"_s}, {u"rightarrow"_s, u"→"_s},
        {u"leftarrow"_s, u"←"_s}, {u"Rightarrow"_s, u"⇒"_s}, {u"in"_s, u"∈"_s}, {u"notin"_s, u"∉"_s},
        {u"subset"_s, u"⊂"_s}, {u"subseteq"_s, u"⊆"_s}, {u"cup"_s, u"∪"_s}, {u"cap"_s, u"∩"_s},
        {u"sum"_s, u"∑"_s}, {u"prod"_s, u"∏"_s}, {u"int"_s, u"∫"_s}, {u"partial"_s, u"∂"_s},
        {u"nabla"_s, u"∇"_s}, {u"ell"_s, u"ℓ"_s}, {u"log"_s, u"log"_s}, {u"exp"_s, u"exp"_s},
        {u"sqrt"_s, u"√"_s}, {u"ll"_s, u"≪"_s}, {u"gg"_s, u"≫"_s}, {u"propto"_s, u"∝"_s},
        {u"forall"_s, u"∀"_s}, {u"exists"_s, u"∃"_s}, {u"mathbb{R}"_s, u"ℝ"_s}, {u"mathbb{N}"_s, u"ℕ"_s},
        {u"mathbb{Z}"_s, u"ℤ"_s}, {u"mathbb{E}"_s, u"𝔼"_s}, {u"mathcal{O}"_s, u"𝒪"_s}, {u"%"_s, u"%"_s},
        {u"ldots"_s, u"…"_s}, {u"dots"_s, u"…"_s}, {u"cdots"_s, u"⋯"_s},
    };
    return table;
}

QChar superscript(QChar c)
{
    static const QHash<QChar, QChar> m = {
        {u'0', u'⁰'}, {u'1', u'¹'}, {u'2', u'²'}, {u'3', u'³'}, {u'4', u'⁴'}, {u'5', u'⁵'}, {u'6', u'⁶'},
        {u'7', u'⁷'}, {u'8', u'⁸'}, {u'9', u'⁹'}, {u'+', u'⁺'}, {u'-', u'⁻'}, {u'=', u'⁼'}, {u'(', u'⁽'},
        {u')', u'⁾'}, {u'n', u'ⁿ'}, {u'i', u'ⁱ'}, {u'T', u'ᵀ'}, {u'k', u'ᵏ'}, {u'd', u'ᵈ'}, {u'*', u'*'},
        {u'\'', u'′'}};
    return m.value(c);
}

QChar subscript(QChar c)
{
    static const QHash<QChar, QChar> m = {
        {u'0', u'₀'}, {u'1', u'₁'}, {u'2', u'₂'}, {u'3', u'₃'}, {u'4', u'₄'}, {u'5', u'₅'}, {u'6', u'₆'},
        {u'7', u'₇'}, {u'8', u'₈'}, {u'9', u'₉'}, {u'+', u'₊'}, {u'-', u'₋'}, {u'=', u'₌'}, {u'(', u'₍'},
        {u')', u'₎'}, {u'i', u'ᵢ'}, {u'j', u'ⱼ'}, {u'k', u'ₖ'}, {u'n', u'ₙ'}, {u't', u'ₜ'}, {u'x', u'ₓ'},
        {u'a', u'ₐ'}, {u'e', u'ₑ'}, {u'o', u'ₒ'}, {u'p', u'ₚ'}, {u's', u'ₛ'}, {u'm', u'ₘ'}, {u'l', u'ₗ'}};
    return m.value(c);
}

// Converts the inside of one $…$; returns a null string when something is not convertible.
QString convertMath(QStringView math)
{
    QString out;
    qsizetype i = 0;
    const qsizetype n = math.size();
    while (i < n) {
        const QChar c = math[i];
        if (c == u'\\') {
            qsizetype j = i + 1;
            while (j < n && math[j].isLetter())
                ++j;
            if (j == i + 1 && j < n) // \% \{ …
                ++j;
            QString name = math.sliced(i + 1, j - i - 1).toString();
            // \mathbb{R}-style: include the braced argument in the lookup.
            if ((name == "mathbb"_L1 || name == "mathcal"_L1) && j < n && math[j] == u'{') {
                const qsizetype close = math.indexOf(u'}', j);
                if (close < 0)
                    return {};
                name += math.sliced(j, close - j + 1).toString();
                j = close + 1;
            }
            const auto it = symbols().constFind(name);
            if (it == symbols().constEnd())
                return {};
            out += *it;
            i = j;
            continue;
        }
        if (c == u'^' || c == u'_') {
            QStringView arg;
            qsizetype next = i + 1;
            if (next < n && math[next] == u'{') {
                const qsizetype close = math.indexOf(u'}', next);
                if (close < 0)
                    return {};
                arg = math.sliced(next + 1, close - next - 1);
                next = close + 1;
            } else if (next < n) {
                arg = math.sliced(next, 1);
                next += 1;
            } else {
                return {};
            }
            for (QChar a : arg) {
                const QChar m = c == u'^' ? superscript(a) : subscript(a);
                if (m.isNull())
                    return {};
                out += m;
            }
            i = next;
            continue;
        }
        if (c == u'{' || c == u'}')
            return {};
        out += c;
        ++i;
    }
    return out;
}

} // namespace

QString renderTexMath(const QString &text)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'$', pos);
        if (open < 0 || (open > 0 && text[open - 1] == u'\\'))
            break;
        const qsizetype close = text.indexOf(u'$', open + 1);
        if (close < 0)
            break;
        out += QStringView(text).sliced(pos, open - pos);
        const QString converted = convertMath(QStringView(text).sliced(open + 1, close - open - 1));
        out += converted.isNull() ? QStringView(text).sliced(open, close - open + 1).toString() : converted;
        pos = close + 1;
    }
    out += QStringView(text).sliced(qMin(pos, text.size()));
    return out;
}

} // namespace PaperSift
