#include "arxiv/feedparser.h"
#include "testsupport.h"
#include "text/texmath.h"
#include "text/texsymbols.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace PaperSift;
using namespace Qt::StringLiterals;

class TestTexMath : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void renderingTheRenderingChangesNothing_data() { render_data(); }
    void renderingTheRenderingChangesNothing();
    void textWithoutTexIsReturnedAsIs();
    void commonMacrosAreKnown();
    void randomTexDoesNotBreakIt();
    void fixtureSpansRender();
};

void TestTexMath::render_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &tex, const QString &expected) {
        QTest::newRow(name) << tex << expected;
    };
    const auto same = [](const char *name, const QString &tex) {
        QTest::newRow(name) << tex << tex;
    };

    // The three failures of the issue.
    row("real: mathbb unbraced", uR"($X \in \mathbb R^{d\times N}$)"_s, u"X ∈ ℝ^(d×N)"_s);
    row("real: mathcal unbraced", uR"($\mathcal O(m^3)$)"_s, u"𝒪(m³)"_s);
    row("real: textbf in a title", uR"(\textbf{C}ityGPT: Towards Urban IQ)"_s, u"CityGPT: Towards Urban IQ"_s);

    // Text without TeX.
    same("plain", u"Attention Is All You Need"_s);
    same("empty", QString());
    same("unicode text", u"Jürgen's café: α-helix ≤ 3 nm"_s);
    same("tilde approximately", u"a speed-up of ~10% on ~5k prompts"_s);
    same("tilde range", u"improves by 3~5% over"_s);
    same("tilde in a URL", u"see https://www.example.org/~user/page~2 for details"_s);
    same("underscores and carets", u"file_name.py and 2^10 in plain text"_s);

    // Greek letters and var-forms.
    row("alpha", uR"($\alpha$)"_s, u"α"_s);
    row("lower greek", uR"($\zeta\eta\iota\kappa\lambda\mu\nu\xi\pi\rho\sigma\tau\upsilon\chi\psi\omega$)"_s,
        u"ζηικλμνξπρστυχψω"_s);
    row("upper greek", uR"($\Gamma \Delta \Theta \Lambda \Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega$)"_s,
        u"ΓΔΘΛΞΠΣΥΦΨΩ"_s);
    row("epsilon forms", uR"($\epsilon, \varepsilon$)"_s, u"ϵ, ε"_s);
    row("phi forms", uR"($\phi, \varphi$)"_s, u"ϕ, φ"_s);
    row("other var forms", uR"($\vartheta\varrho\varsigma\varpi\varkappa$)"_s, u"ϑϱςϖϰ"_s);
    row("greek then letter", uR"($\alpha x$)"_s, u"αx"_s);
    row("author spaces ignored, as in TeX", uR"($f (x) = a b$)"_s, u"f(x) = ab"_s);
    row("comma before a digit", uR"($1,000$ and $1, 2$)"_s, u"1,000 and 1, 2"_s);
    row("beta plus gamma", uR"($\beta + \gamma$)"_s, u"β + γ"_s);

    // Math alphabets, braced and unbraced, holes filled from Letterlike Symbols.
    row("mathbb R", uR"($\mathbb{R}$)"_s, u"ℝ"_s);
    row("mathbb unbraced power", uR"($\mathbb R^n$)"_s, u"ℝⁿ"_s);
    row("mathbb holes", uR"($\mathbb{N}, \mathbb{Z}, \mathbb{Q}, \mathbb{C}, \mathbb{H}, \mathbb{P}$)"_s,
        u"ℕ, ℤ, ℚ, ℂ, ℍ, ℙ"_s);
    row("mathbb E", uR"($\mathbb{E}[X]$)"_s, u"𝔼[X]"_s);
    row("indicator", uR"($\mathbb{1}$ and $\mathbbm{1}$)"_s, u"𝟙 and 𝟙"_s);
    row("mathcal O", uR"($\mathcal{O}(n)$)"_s, u"𝒪(n)"_s);
    row("mathcal holes",
        uR"($\mathcal B \mathcal E \mathcal F \mathcal H \mathcal I \mathcal L \mathcal M \mathcal R$)"_s,
        u"ℬℰℱℋℐℒℳℛ"_s);
    row("mathcal D", uR"($\mathcal{D}$)"_s, u"𝒟"_s);
    row("mathscr", uR"($\mathscr{L}$)"_s, u"ℒ"_s);
    row("mathfrak", uR"($\mathfrak{g}, \mathfrak{C}$)"_s, u"𝔤, ℭ"_s);
    row("mathbf", uR"($\mathbf{W}x$)"_s, u"𝐖x"_s);
    row("mathbf digit", uR"($\mathbf{0}$)"_s, u"𝟎"_s);
    row("mathbf greek", uR"($\mathbf{\Sigma}$)"_s, u"𝚺"_s);
    row("boldsymbol greek", uR"($\boldsymbol{\theta}$)"_s, u"𝜽"_s);
    row("boldsymbol latin", uR"($\boldsymbol{x}$)"_s, u"𝒙"_s);
    row("bm", uR"($\bm{\mu}$)"_s, u"𝝁"_s);
    row("mathit h", uR"($\mathit{h}, \mathit{x}$)"_s, u"ℎ, 𝑥"_s);
    row("mathsf", uR"($\mathsf{A}$)"_s, u"𝖠"_s);
    row("mathtt", uR"($\mathtt{C}$)"_s, u"𝙲"_s);
    row("cal switch", uR"(${\cal O}(n)$)"_s, u"𝒪(n)"_s);
    row("bf switch", uR"(${\bf x}$)"_s, u"𝐱"_s);
    row("rm switch", uR"(${\rm d}x$)"_s, u"dx"_s);
    row("mathbb subscript", uR"($\mathbb{R}_{+}$)"_s, u"ℝ₊"_s);
    row("vector in space", uR"($\mathbf{x}\in\mathbb{R}^n$)"_s, u"𝐱 ∈ ℝⁿ"_s);

    // Upright text inside math.
    row("mathrm word", uR"($\mathrm{ReLU}(x)$)"_s, u"ReLU(x)"_s);
    row("text with spaces", uR"($\text{if } x > 0$)"_s, u"if x > 0"_s);
    row("text subscript", uR"($x_{\text{train}}$)"_s, u"xₜᵣₐᵢₙ"_s);
    row("text subscript fallback", uR"($\theta_{\text{ref}}$)"_s, u"θ_ref"_s);
    row("mathrm subscript capitals", uR"($L_{\mathrm{CE}}$)"_s, u"L_CE"_s);
    row("operatorname", uR"($\operatorname{softmax}(z)$)"_s, u"softmax(z)"_s);
    row("operatorname star", uR"($\operatorname*{argmax}_x f(x)$)"_s, u"argmaxₓ f(x)"_s);
    row("textbf in math", uR"($\textbf{SheetAgent}$)"_s, u"SheetAgent"_s);
    row("texttt in math", uR"($\texttt{MultiDimSPCI}$)"_s, u"MultiDimSPCI"_s);
    row("textit and emph in math", uR"($\textit{Planner}, \emph{x}$)"_s, u"Planner, x"_s);
    row("textrm and mbox", uR"($a \textrm{ and } \mbox{b}$)"_s, u"a and b"_s);
    row("text then power", uR"($\text{mph}^2$)"_s, u"mph²"_s);

    // Relations, operators, arrows.
    row("leq", uR"($a \leq b$)"_s, u"a ≤ b"_s);
    row("geq unspaced", uR"($a\geq b$)"_s, u"a ≥ b"_s);
    row("neq ne", uR"($a \neq b \ne c$)"_s, u"a ≠ b ≠ c"_s);
    row("approx sim", uR"($x \approx y \sim p$)"_s, u"x ≈ y ∼ p"_s);
    row("simeq cong equiv", uR"($A \simeq B \cong C \equiv D$)"_s, u"A ≃ B ≅ C ≡ D"_s);
    row("propto", uR"($y \propto x$)"_s, u"y ∝ x"_s);
    row("in notin", uR"($x \in A, y \notin B$)"_s, u"x ∈ A, y ∉ B"_s);
    row("subsets", uR"($A \subset B \subseteq C \supset D \supseteq E$)"_s, u"A ⊂ B ⊆ C ⊃ D ⊇ E"_s);
    row("cup cap", uR"($A \cup B \cap C$)"_s, u"A ∪ B ∩ C"_s);
    row("logic", uR"($p \wedge q \vee \neg r$)"_s, u"p ∧ q ∨ ¬r"_s);
    row("map arrow", uR"($f: X \to Y$)"_s, u"f : X → Y"_s);
    row("arrows", uR"($a \leftarrow b \leftrightarrow c \rightarrow d$)"_s, u"a ← b ↔ c → d"_s);
    row("double arrows", uR"($p \Rightarrow q \Leftarrow r \Leftrightarrow s$)"_s, u"p ⇒ q ⇐ r ⇔ s"_s);
    row("mapsto", uR"($x \mapsto x^2$)"_s, u"x ↦ x²"_s);
    row("times cdot div", uR"($a \times b \cdot c \div d$)"_s, u"a × b · c ÷ d"_s);
    row("pm as a sign", uR"($\pm 1$)"_s, u"±1"_s);
    row("pm mp", uR"($46.39 \pm 4.32\%$ and $a \mp b$)"_s, u"46.39 ± 4.32% and a ∓ b"_s);
    row("circ", uR"($f \circ g$)"_s, u"f ∘ g"_s);
    row("oplus otimes", uR"($A \oplus B \otimes C$)"_s, u"A ⊕ B ⊗ C"_s);
    row("nabla partial", uR"($\nabla f + \partial_t u$)"_s, u"∇f + ∂ₜu"_s);
    row("infty", uR"($n \to \infty$)"_s, u"n → ∞"_s);
    row("sum with limits", uR"($\sum_{i=1}^{n} x_i$)"_s, u"∑ᵢ₌₁ⁿ xᵢ"_s);
    row("prod oint", uR"($\prod_i a_i \oint$)"_s, u"∏ᵢ aᵢ ∮"_s);
    row("integral", uR"($\int_0^1 f(x)\,dx$)"_s, u"∫₀¹ f(x) dx"_s);
    row("quantifiers", uR"($\forall x \exists y$)"_s, u"∀x∃y"_s);
    row("emptyset ell hbar", uR"($\emptyset, \ell_2, \hbar$)"_s, u"∅, ℓ₂, ℏ"_s);
    row("angle brackets", uR"($\langle x, y \rangle$)"_s, u"⟨x, y⟩"_s);
    row("norm bars", uR"($\|x\|$)"_s, u"‖x‖"_s);
    row("lVert rVert", uR"($\lVert x \rVert_2$)"_s, u"‖x‖₂"_s);
    row("floor ceil", uR"($\lfloor x \rfloor + \lceil y \rceil$)"_s, u"⌊x⌋ + ⌈y⌉"_s);
    row("mid", uR"($p(x \mid y)$)"_s, u"p(x | y)"_s);
    row("vert", uR"($\vert x \vert$)"_s, u"|x|"_s);
    row("ll gg", uR"($n \ll m \gg k$)"_s, u"n ≪ m ≫ k"_s);
    row("prec succ", uR"($a \prec b \succ c$)"_s, u"a ≺ b ≻ c"_s);
    row("top bot perp", uR"($\top, \bot, u \perp v$)"_s, u"⊤, ⊥, u ⊥ v"_s);
    row("star dagger ast", uR"($x^\star$, $x^\dagger$, $a \ast b$)"_s, u"x⋆, x†, a ∗ b"_s);
    row("relation opening the formula", uR"($\sim 10\%$ and $\geq 90\%$)"_s, u"∼10% and ≥90%"_s);
    row("trailing operator", uR"($2\times$ faster, $5 \times$)"_s, u"2× faster, 5×"_s);
    row("minus sign", uR"($-1$ and $(-x)$ and $a = -b$)"_s, u"-1 and (-x) and a = -b"_s);

    // Named functions: upright, spaced as TeX spaces them.
    row("log n", uR"($\log n$)"_s, u"log n"_s);
    row("n log n", uR"($O(n\log n)$)"_s, u"O(n log n)"_s);
    row("log of parenthesis", uR"($\log(n)$)"_s, u"log(n)"_s);
    row("ln exp", uR"($\ln x + \exp(-x)$)"_s, u"ln x + exp(-x)"_s);
    row("sin cos tan", uR"($\sin\theta + \cos\theta = \tan x$)"_s, u"sin θ + cos θ = tan x"_s);
    row("max with subscript", uR"($\max_{x} f(x)$)"_s, u"maxₓ f(x)"_s);
    row("min of a set", uR"($\min\{a, b\}$)"_s, u"min{a, b}"_s);
    row("arg max", uR"($\arg\max_\theta$)"_s, u"arg max_θ"_s);
    row("sup inf", uR"($\sup_n a_n \geq \inf_n a_n$)"_s, u"supₙ aₙ ≥ infₙ aₙ"_s);
    row("lim", uR"($\lim_{n \to \infty} a_n$)"_s, u"lim_(n→∞) aₙ"_s);
    row("det dim ker", uR"($\det(A), \dim V, \ker f$)"_s, u"det(A), dim V, ker f"_s);
    row("Pr", uR"($\Pr[X > 0]$)"_s, u"Pr[X > 0]"_s);
    row("tr softmax", uR"($\tr(A) + \softmax(z)$)"_s, u"tr(A) + softmax(z)"_s);
    row("log squared", uR"($\log^2 n$)"_s, u"log² n"_s);
    row("log log", uR"($\log\log n$)"_s, u"log log n"_s);

    // Fractions and roots.
    row("frac", uR"($\frac{1}{2}$)"_s, u"1/2"_s);
    row("frac unbraced", uR"($\frac12$)"_s, u"1/2"_s);
    row("frac multi-token numerator", uR"($\frac{n+1}{2}$)"_s, u"(n+1)/2"_s);
    row("frac multi-token denominator", uR"($\frac{a}{b+c}$)"_s, u"a/(b+c)"_s);
    row("tfrac dfrac", uR"($\tfrac{1}{n}$, $\dfrac{x}{y}$)"_s, u"1/n, x/y"_s);
    row("frac times a factor", uR"($\frac{1}{2}x$)"_s, u"(1/2)x"_s);
    row("frac of a root", uR"($\frac{1}{\sqrt{n}}$)"_s, u"1/√n"_s);
    row("frac of a product", uR"($\frac{1}{2\pi}$)"_s, u"1/(2π)"_s);
    row("frac in parentheses", uR"($O(\frac{1}{\epsilon^2})$)"_s, u"O(1/ϵ²)"_s);
    row("frac after log", uR"($\log\frac{1}{\delta}$)"_s, u"log(1/δ)"_s);
    row("frac partials", uR"($\frac{\partial f}{\partial x}$)"_s, u"(∂f)/(∂x)"_s);
    row("frac in an equation", uR"($\frac{a}{b} = c$)"_s, u"a/b = c"_s);
    row("binom", uR"($\binom{n}{k}$)"_s, u"(n choose k)"_s);
    row("sqrt", uR"($\sqrt{x}$ and $\sqrt n$)"_s, u"√x and √n"_s);
    row("sqrt of a sum", uR"($\sqrt{x+y}$)"_s, u"√(x+y)"_s);
    row("cube root", uR"($\sqrt[3]{x}$)"_s, u"∛x"_s);
    row("fourth root", uR"($\sqrt[4]{x}$)"_s, u"∜x"_s);
    row("n-th root", uR"($\sqrt[n]{x}$)"_s, u"ⁿ√x"_s);
    row("sqrt with a function", uR"($\sqrt{d \log T}$)"_s, u"√(d log T)"_s);

    // Sized delimiters.
    row("left right", uR"($\left(\frac{a}{b}\right)$)"_s, u"(a/b)"_s);
    row("left brace", uR"($\left\{x\right\}$)"_s, u"{x}"_s);
    row("left dot", uR"($\left. f \right|_{x=0}$)"_s, u"f|ₓ₌₀"_s);
    row("big", uR"($\big( x \big)$ and $\Bigl[ x \Bigr]$)"_s, u"(x) and [x]"_s);
    row("left angle", uR"($\left\langle a, b \right\rangle$)"_s, u"⟨a, b⟩"_s);
    row("left norm", uR"($\left\| x \right\|$ and $\left\Vert w \right\Vert$)"_s, u"‖x‖ and ‖w‖"_s);

    // Accents: combining marks.
    row("tilde", uR"($\tilde{x}$)"_s, u"x\u0303"_s);
    row("hat unbraced", uR"($\hat\theta$)"_s, u"θ\u0302"_s);
    row("bar", uR"($\bar{x}$)"_s, u"x̄"_s);
    row("vec", uR"($\vec{v}$)"_s, u"v\u20D7"_s);
    row("dot ddot", uR"($\dot{x}, \ddot{x}$)"_s, u"ẋ, ẍ"_s);
    row("overline on each letter", uR"($\overline{AB}$)"_s, u"A\u0305B\u0305"_s);
    row("widetilde on each letter", uR"($\widetilde{xy}$)"_s, u"x\u0303ỹ"_s);
    row("widehat", uR"($\widehat{f}$)"_s, u"f\u0302"_s);
    row("tilde O", uR"($\tilde{O}(n)$)"_s, u"Õ(n)"_s);
    row("hat of bold", uR"($\hat{\mathbf{x}}$)"_s, u"𝐱\u0302"_s);
    row("bar of greek", uR"($\bar{\alpha}$)"_s, u"ᾱ"_s);

    // Super- and subscripts.
    row("square", uR"($x^2$)"_s, u"x²"_s);
    row("index", uR"($x_i$)"_s, u"xᵢ"_s);
    row("inverse", uR"($x^{-1}$)"_s, u"x⁻¹"_s);
    row("index plus one", uR"($x_{i+1}$ and $x^{n+1}$)"_s, u"xᵢ₊₁ and xⁿ⁺¹"_s);
    row("two indices", uR"($x_{i,j}$)"_s, u"x_(i,j)"_s);
    row("transpose", uR"($A^T$, $A^{\top}$)"_s, u"Aᵀ, Aᵀ"_s);
    row("star", uR"($w^*$ and $w^\ast$)"_s, u"w* and w*"_s);
    row("primes", uR"($f'(x)$, $f''$, $x^\prime$)"_s, u"f′(x), f″, x′"_s);
    row("exponent with parentheses", uR"($2^{O(n)}$)"_s, u"2ᴼ⁽ⁿ⁾"_s);
    row("superscript fallback", uR"($e^{i\pi}$)"_s, u"e^(iπ)"_s);
    row("superscript letter without form", uR"($x^q$)"_s, u"x^q"_s);
    row("subscript letter without form", uR"($W_{q}$)"_s, u"W_q"_s);
    row("greek scripts", uR"($\alpha^\beta$, $x_\beta$, $x^{\theta}$, $x_{\gamma\rho}$)"_s, u"αᵝ, xᵦ, xᶿ, xᵧᵨ"_s);
    row("degrees", uR"($90^\circ$)"_s, u"90°"_s);
    row("fraction exponent", uR"($x^{1/2}$)"_s, u"x^(1/2)"_s);
    row("subscript infinity", uR"($\ell_\infty$)"_s, u"ℓ_∞"_s);
    row("parenthesised exponent", uR"($Z^{(\lambda)}$)"_s, u"Z^(λ)"_s);
    row("matrix space", uR"($\mathbb{R}^{d \times d}$)"_s, u"ℝ^(d×d)"_s);
    row("scientific", uR"($p = 4.8 \times 10^{-7}$)"_s, u"p = 4.8 × 10⁻⁷"_s);
    row("ordinal", uR"($k^{th}$)"_s, u"kᵗʰ"_s);
    row("subscript symbol", uR"($M_{\oplus}$)"_s, u"M_⊕"_s);
    row("fallback before a letter", uR"($x_{q}y$)"_s, u"x_(q)y"_s);

    // Spacing, escapes, grouping, dots.
    row("thin space", uR"($a\,b$)"_s, u"a b"_s);
    row("spaces", uR"($a\;b\:c\quad d\qquad e~f$)"_s, u"a b c d e f"_s);
    row("negative space", uR"($a\!b$)"_s, u"ab"_s);
    row("unit", uR"($10\,\mathrm{ms}$)"_s, u"10 ms"_s);
    row("percent", uR"($5\%$)"_s, u"5%"_s);
    row("escaped dollar in math", uR"($\$5$)"_s, u"$5"_s);
    row("escaped specials", uR"($A \& B$, $\#S$, $a\_b$)"_s, u"A&B, #S, a_b"_s);
    row("escaped braces", uR"($\{1, 2\}$)"_s, u"{1, 2}"_s);
    row("group comma", uR"($10{,}000$)"_s, u"10,000"_s);
    row("grouping braces", uR"(${x}^2 + \log{n}$)"_s, u"x² + log n"_s);
    row("ldots", uR"($1, \ldots, n$)"_s, u"1, …, n"_s);
    row("dots", uR"($1,\dots,n$)"_s, u"1, …, n"_s);
    row("cdots", uR"($x_1 \cdots x_n$)"_s, u"x₁ ⋯ xₙ"_s);
    row("vdots ddots", uR"($\vdots \ddots$)"_s, u"⋮⋱"_s);

    // \not, \overset, \unicode, \pmod.
    row("not equal", uR"($a \not= b$)"_s, u"a ≠ b"_s);
    row("not in", uR"($x \not\in S$)"_s, u"x ∉ S"_s);
    row("not equiv", uR"($a \not\equiv b$)"_s, u"a ≢ b"_s);
    row("not without precomposed form", uR"($A \not\perp B$)"_s, u"A ⊥\u0338 B"_s);
    row("overset accent", uR"($\overset{\sim}{O}(n)$)"_s, u"Õ(n)"_s);
    row("stackrel def", uR"($a \stackrel{\text{def}}{=} b$)"_s, u"a =ᵈᵉᶠ b"_s);
    row("underset", uR"($\underset{x}{\min} f$)"_s, u"minₓ f"_s);
    row("unicode", uR"(devices $\unicode{x2013}$ prior)"_s, u"devices – prior"_s);
    row("pmod", uR"($a \equiv b \pmod{n}$)"_s, u"a ≡ b (mod n)"_s);
    row("smash", uR"($\smash{\sqrt{T}}$)"_s, u"√T"_s);
    row("infix choose", uR"(${n \choose k}$ and $a \over b+1$)"_s, u"(n choose k) and a/(b+1)"_s);
    row("ket bra", uR"($\ket{\psi}$, $\bra{0}$, $\braket{\phi|\psi}$)"_s, u"|ψ⟩, ⟨0|, ⟨ϕ|ψ⟩"_s);
    row("macro with argument as a script", uR"($\kappa_\mathrm{L}$ and $10^\frac12$)"_s, u"κ_L and 10^(1/2)"_s);
    row("angstrom", uR"($5\,\AA$)"_s, u"5 Å"_s);
    row("labelled arrow", uR"($A \xrightarrow{f} B$)"_s, u"A →ᶠ B"_s);
    row("root with a letter index", uR"($\sqrt[p]{x}$)"_s, u"ᵖ√x"_s);
    same("root index without superscript form", uR"($\sqrt[q]{x}$)"_s);
    row("operatornamewithlimits", uR"($\operatornamewithlimits{argmin}_x$)"_s, u"argminₓ"_s);

    // The other delimiters.
    row("display dollars", uR"($$x^2$$)"_s, u"x²"_s);
    row("parenthesis delimiters", uR"(see \(\alpha\) and \[\beta\])"_s, u"see α and β"_s);

    // Text mode: what titles and abstracts use around the math.
    row("emph", uR"(\emph{Attention} is all)"_s, u"Attention is all"_s);
    row("textit texttt textsc", uR"(\textit{a} \texttt{b} \textsc{Bert})"_s, u"a b Bert"_s);
    row("url", uR"(at \url{https://x.org/a_b~c})"_s, u"at https://x.org/a_b~c"_s);
    row("href", uR"(Code: \href{https://github.com/x}{GitHub}.)"_s, u"Code: GitHub."_s);
    row("href without text", uR"(\href{https://a.io}{})"_s, u"https://a.io"_s);
    row("href in a group", uR"(the {\href{https://a.io/}{project-page}}.)"_s, u"the project-page."_s);
    row("tie", uR"(Fig.~3 of Smith et~al.~\cite{x})"_s, u"Fig.\u00A03 of Smith et\u00A0al.\u00A0\\cite{x}"_s);
    row("bf group", uR"({\bf Fast} models)"_s, u"Fast models"_s);
    row("em group", uR"(a {\em new} way)"_s, u"a new way"_s);
    row("nested text macros", uR"(\underline{\textbf{YOTO}}--\underline{\textbf{Y}}ou)"_s, u"YOTO--You"_s);
    row("math in a text macro", uR"(\textbf{$\alpha$-Net})"_s, u"α-Net"_s);
    row("textsuperscript", uR"(the 5\textsuperscript{th} time)"_s, u"the 5ᵗʰ time"_s);
    row("LaTeX", uR"(\LaTeX{} rocks\ldots)"_s, u"LaTeX rocks…"_s);
    row("math next to words", uR"(a $k$-NN and $n$-gram of $\ell_1$-norm)"_s, u"a k-NN and n-gram of ℓ₁-norm"_s);
    row("symmetric spaces", uR"(the $ \alpha $ value)"_s, u"the α value"_s);

    // Never drop: what cannot be rendered stays exactly as written.
    same("unknown macro", uR"(with $\foo x$ inside)"_s);
    same("unknown macro among known", uR"(a $\alpha + \mymacro$ b)"_s);
    same("unknown macro in an argument", uR"($\mathbb{R}^{d\foo}$)"_s);
    same("unbalanced open brace", uR"($x^{2$ and more)"_s);
    same("unbalanced close brace", uR"($x}$)"_s);
    same("missing argument", uR"($\frac{a}$)"_s);
    same("environment", uR"($\begin{pmatrix} a \end{pmatrix}$)"_s);
    same("alignment", uR"($a & b$)"_s);
    same("lone dollar", u"a $ b"_s);
    same("empty span", u"a $$ b and $ $ c"_s);
    same("prices", u"costs $5 and $10 per run"_s);
    same("price range", u"from $5-$10"_s);
    same("millions", u"from $1.2M to $3M"_s);
    same("shell variables", u"set $HOME and $PATH first"_s);
    row("paper macro in text", uR"(\model{} achieves 3.9\% more)"_s, uR"(\model{} achieves 3.9% more)"_s);
    row("unknown text macro", uR"(as in \cite{x} and \mymethod\ here)"_s, uR"(as in \cite{x} and \mymethod here)"_s);
    row("escaped dollars in text", uR"(costs \$5 and \$10)"_s, u"costs $5 and $10"_s);
    row("price then math", u"costs $5 while $x$ grows"_s, u"costs $5 while x grows"_s);
    row("price words then math", u"US$ 100 and $\\alpha$"_s, u"US$ 100 and α"_s);
    row("price prose then math", u"$5 per hour ($x$)"_s, u"$5 per hour (x)"_s);
    row("price then an aside", u"$100M ($\\approx$ 5x)"_s, u"$100M (≈ 5x)"_s);
    row("math then a price", uR"(The $\mathcal{O}(n)$ method costs \$5)"_s, u"The 𝒪(n) method costs $5"_s);
    same("too deeply nested", u"$"_s + QString(30, u'{') + u"x"_s + QString(30, u'}') + u"$"_s);
    same("unbalanced text macro", uR"(\textbf{abc and more)"_s);
    same("tie inside a URL", u"see https://a.org/x~y now"_s);

    // Real spans from the fixture abstracts.
    row("fixture: risk bound", uR"($\tilde O(\frac{d \log^2(1/\delta)}{\varepsilon^2})$)"_s, u"Õ((d log²(1/δ))/ε²)"_s);
    row("fixture: theta", uR"($p,q = \Theta\left(n^{-\alpha}\right), \alpha \in \left(0,2\right]$)"_s,
        u"p, q = Θ(n⁻ᵅ), α ∈ (0,2]"_s);
    row("fixture: omega", uR"($\Omega\left(\frac d\epsilon\log\frac1\epsilon\right)$)"_s, u"Ω((d/ϵ) log(1/ϵ))"_s);
    row("fixture: set", uR"($\mathtt{C}\subset \{1, \dots, n\}$)"_s, u"𝙲 ⊂ {1, …, n}"_s);
    row("fixture: TV distance", uR"($d_{TV}(\mu,\nu)$)"_s, u"d_TV(μ, ν)"_s);
    row("fixture: norm", uR"($\Vert w^*\Vert$)"_s, u"‖w*‖"_s);
    row("fixture: tilde O", uR"($\overset{\sim}{O}\left(\frac{SA}{p_{\min}}\right)$)"_s, u"Õ((SA)/pₘᵢₙ)"_s);
    row("fixture: gradient", uR"($\nabla \log p_t(x)$)"_s, u"∇ log pₜ(x)"_s);
    row("fixture: ranges", uR"($p < 8/7$ and $p \in (1,2]$)"_s, u"p < 8/7 and p ∈ (1,2]"_s);
    row("fixture: sans subscripts", uR"($k_{\mathsf{R}} \times k_{\mathsf{L}}$)"_s, u"k_𝖱 × k_𝖫"_s);
    row("fixture: bound", uR"($(1-o_k(1))k\ln\min\{k,n-k+1\}$)"_s, u"(1 - oₖ(1))k ln min{k, n - k + 1}"_s);
    row("fixture: partition functions", uR"($Z^{(TRW)}\geq Z^{(\lambda)}\geq Z^{(BP)}$)"_s,
        u"Z⁽ᵀᴿᵂ⁾ ≥ Z^(λ) ≥ Z⁽ᴮᴾ⁾"_s);
    row("fixture: decoded greek", u"$α= β$ and $δ\\le π/4$"_s, u"α = β and δ ≤ π/4"_s);
    row("fixture: mathcal root", uR"($\mathcal{O}\left(\frac{m\sqrt{\bar{n}\ln{m}}}{\varepsilon}\right)$)"_s,
        u"𝒪((m√(n̄ ln m))/ε)"_s);
    row("fixture: regret", uR"($\smash{d \log T}$)"_s, u"d log T"_s);
    row("fixture: quantifier", uR"($\forall \lambda:\ Z=Z^{(\lambda)}{\cal Z}^{(\lambda)}$)"_s,
        u"∀λ : Z = Z^(λ)𝒵^(λ)"_s);
}

void TestTexMath::render()
{
    QFETCH(QString, tex);
    QFETCH(QString, expected);
    QCOMPARE(renderTexMath(tex), expected);
}

void TestTexMath::renderingTheRenderingChangesNothing()
{
    QFETCH(QString, expected);
    QCOMPARE(renderTexMath(expected), expected);
}

void TestTexMath::textWithoutTexIsReturnedAsIs()
{
    // No copy: the table renders 200,000 titles and most have no TeX.
    for (const QString &text : { u"Attention Is All You Need"_s, u"a ~5% gain at https://a.org/~b"_s,
             u"costs $5 and $10"_s, uR"(\cite{x} and \model)"_s }) {
        const QString rendered = renderTexMath(text);
        QCOMPARE(rendered, text);
        QCOMPARE(rendered.constData(), text.constData());
    }
}

void TestTexMath::commonMacrosAreKnown()
{
    // Macros of arXiv abstracts' math: the most frequent ones the issue lists, then others as common.
    const char *const common[] = {
        "times",
        "mathcal",
        "sqrt",
        "epsilon",
        "log",
        "alpha",
        "mathrm",
        "varepsilon",
        "textbf",
        "text",
        "ell",
        "mathbb",
        "sim",
        "pm",
        "mathbf",
        "beta",
        "rho",
        "in",
        "Delta",
        "frac",
        "textit",
        "lambda",
        "mu",
        "sigma",
        "gamma",
        "leq",
        "geq",
        "to",
        "delta",
        "pi",
        "theta",
        "infty",
        "tau",
        "cdot",
        "Omega",
        "le",
        "ge",
        "approx",
        "eta",
        "omega",
        "phi",
        "nu",
        "mathsf",
        "tilde",
        "Theta",
        "left",
        "right",
        "kappa",
        "xi",
        "chi",
        "psi",
        "Gamma",
        "Lambda",
        "Sigma",
        "Phi",
        "Psi",
        "ldots",
        "dots",
        "cdots",
        "emph",
        "hat",
        "bar",
        "overline",
        "sum",
        "int",
        "prod",
        "partial",
        "nabla",
        "rightarrow",
        "Rightarrow",
        "leftarrow",
        "mapsto",
        "subset",
        "subseteq",
        "cup",
        "cap",
        "emptyset",
        "forall",
        "exists",
        "neq",
        "ne",
        "ll",
        "gg",
        "propto",
        "equiv",
        "simeq",
        "cong",
        "circ",
        "star",
        "ast",
        "dagger",
        "top",
        "perp",
        "oplus",
        "otimes",
        "langle",
        "rangle",
        "|",
        "mid",
        "vert",
        "Vert",
        "lVert",
        "rVert",
        "lfloor",
        "rfloor",
        "lceil",
        "rceil",
        "min",
        "max",
        "exp",
        "sin",
        "cos",
        "tan",
        "arg",
        "sup",
        "inf",
        "lim",
        "det",
        "dim",
        "ker",
        "Pr",
        "ln",
        "operatorname",
        "boldsymbol",
        "bm",
        "mathfrak",
        "mathscr",
        "mathit",
        "textrm",
        "texttt",
        "mathtt",
        "vec",
        "dot",
        "ddot",
        "widetilde",
        "widehat",
        "prime",
        "varphi",
        "vartheta",
        "varrho",
        "zeta",
        "iota",
        "upsilon",
        "Xi",
        "Pi",
        "Upsilon",
        "hbar",
        "Re",
        "Im",
        "aleph",
        "limits",
        "displaystyle",
        "big",
        "Big",
        "bigg",
        "quad",
        "qquad",
        ",",
        ";",
        "!",
        ":",
        "tfrac",
        "dfrac",
        "binom",
        "leftrightarrow",
        "Leftrightarrow",
        "iff",
        "implies",
        "setminus",
        "wedge",
        "vee",
        "neg",
        "lesssim",
        "gtrsim",
        "asymp",
        "succ",
        "prec",
        "preceq",
        "succeq",
        "bullet",
        "notin",
        "supset",
        "supseteq",
        "vdots",
        "ddots",
        "%",
        "{",
        "}",
        "_",
        "#",
        "&",
        "$",
        "not",
        "cal",
        "rm",
        "bf",
        "it",
        "mbox",
        "underline",
        "overset",
        "stackrel",
        "bigl",
        "bigr",
        "smash",
        "unicode",
        "bot",
        "div",
        "mp",
        "uparrow",
        "downarrow",
        "longrightarrow",
        "triangleq",
        "coloneqq",
        "bigcup",
        "bigcap",
    };
    QVERIFY(std::size(common) >= 150);
    QStringList missing;
    for (const char *name : common) {
        if (!TexSymbols::findMathMacro(QString::fromLatin1(name)))
            missing.append(QString::fromLatin1(name));
    }
    QCOMPARE(missing, QStringList());
    QVERIFY(TexSymbols::mathMacroCount() >= 300);
    for (const char *name : { "textbf", "emph", "textit", "texttt", "textsc", "url", "href", "bf", "em" })
        QVERIFY2(TexSymbols::findTextMacro(QString::fromLatin1(name)), name);
}

void TestTexMath::randomTexDoesNotBreakIt()
{
    // Fragments of TeX in random order: unbalanced, truncated, nested. Each text renders (no
    // crash, no assertion in a debug build), and a span left verbatim is still there.
    const QStringList pieces = {
        u"$"_s,
        u"$$"_s,
        uR"(\()"_s,
        uR"(\))"_s,
        uR"(\[)"_s,
        u"{"_s,
        u"}"_s,
        u"^"_s,
        u"_"_s,
        uR"(\frac)"_s,
        uR"(\sqrt)"_s,
        u"["_s,
        u"]"_s,
        uR"(\left)"_s,
        uR"(\right)"_s,
        u"("_s,
        u")"_s,
        uR"(\alpha)"_s,
        uR"(\mathbb)"_s,
        u"R"_s,
        u"x"_s,
        u"1"_s,
        u" "_s,
        u"\\"_s,
        uR"(\text)"_s,
        uR"(\not)"_s,
        u"="_s,
        uR"(\over)"_s,
        u"~"_s,
        u"'"_s,
        uR"(\textbf)"_s,
        uR"(\href)"_s,
        uR"(\url)"_s,
        u"&"_s,
        u"%"_s,
        uR"(\$)"_s,
        uR"(\{)"_s,
        uR"(\})"_s,
        uR"(\overset)"_s,
        uR"(\unicode)"_s,
        u"x2013"_s,
        uR"(\hat)"_s,
        uR"(\operatorname)"_s,
        u"*"_s,
        uR"(\big)"_s,
        u"."_s,
        u"|"_s,
        uR"(\|)"_s,
        u"é"_s,
        u"𝒪"_s,
        u"\u0301"_s,
        uR"(\foo)"_s,
        u"-"_s,
        u","_s,
        uR"(\ldots)"_s,
        uR"(\bf)"_s,
        u"5"_s,
    };
    QRandomGenerator random(20250617);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        for (int n = random.bounded(1, 16); n > 0; --n)
            text += pieces.at(random.bounded(pieces.size()));
        const QString out = renderTexMath(text);
        for (const TexMathSpan &span : texMathSpans(text)) {
            const QStringView tex = QStringView(text).sliced(span.start, span.length);
            // (Text macros take their arguments first: there the pairing of texMathSpans differs.)
            if (span.rendered.isNull() && !text.contains(u"\\text"_s) && !text.contains(u"\\href"_s)
                && !text.contains(u"\\url"_s) && !text.contains(u"\\bf"_s))
                QVERIFY2(out.contains(tex), qPrintable(text));
        }
    }
}

void TestTexMath::fixtureSpansRender()
{
    // The real feeds, read as the window reads them: the parser decodes accents first.
    const QDir dir(Test::fixturePath(u"arxiv"_s));
    qsizetype spans = 0, rendered = 0;
    for (const QString &file : dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name)) {
        const auto feed = FeedParser::parse(Test::readFixture(u"arxiv/"_s + file), file);
        if (!feed)
            continue; // the API error page
        for (const Paper &paper : feed->papers) {
            for (const QString &text : { paper.title, paper.abstract }) {
                const QString out = renderTexMath(text);
                for (const TexMathSpan &span : texMathSpans(text)) {
                    ++spans;
                    if (!span.rendered.isNull() && !span.rendered.contains(u'\\'))
                        ++rendered;
                    else // never dropped: an unrendered span is still there, character for character
                        QVERIFY2(out.contains(QStringView(text).sliced(span.start, span.length)), qPrintable(text));
                }
            }
        }
    }
    const double share = 100.0 * double(rendered) / double(spans);
    qInfo("%lld math spans, %.1f %% rendered", qlonglong(spans), share);
    QVERIFY(spans > 400);
    QVERIFY2(share >= 97.0, qPrintable(u"%1 % rendered"_s.arg(share, 0, 'f', 1)));
}

QTEST_GUILESS_MAIN(TestTexMath)
#include "tst_texmath.moc"
