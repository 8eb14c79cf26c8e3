#include "texsymbols.h"

#include <algorithm>
#include <array>

namespace PaperSift::TexSymbols {

namespace {

constexpr MathMacro ord(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Ord, 0 };
}
constexpr MathMacro bin(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Bin, 0 };
}
constexpr MathMacro rel(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Rel, 0 };
}
constexpr MathMacro op(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Op, 0 };
}
constexpr MathMacro open(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Open, 0 };
}
constexpr MathMacro close(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Close, 0 };
}
constexpr MathMacro inner(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Inner, 0 };
}
constexpr MathMacro punct(std::string_view n, std::u16string_view t)
{
    return { n, t, Kind::Symbol, Atom::Punct, 0 };
}
/// A named function; an empty `t` means the name itself.
constexpr MathMacro fn(std::string_view n, std::u16string_view t = {})
{
    return { n, t, Kind::Function, Atom::Op, 0 };
}
constexpr MathMacro font(std::string_view n, Alphabet a)
{
    return { n, {}, Kind::Alphabet, Atom::Ord, char16_t(a) };
}
constexpr MathMacro fontSwitch(std::string_view n, Alphabet a)
{
    return { n, {}, Kind::Switch, Atom::Ord, char16_t(a) };
}
constexpr MathMacro accent(std::string_view n, char16_t mark)
{
    return { n, {}, Kind::Accent, Atom::Ord, mark };
}
constexpr MathMacro cmd(std::string_view n, Kind k, Atom a = Atom::Ord, std::u16string_view t = {})
{
    return { n, t, k, a, 0 };
}
constexpr MathMacro space(std::string_view n, std::u16string_view t = u" ")
{
    return { n, t, Kind::Space, Atom::Ord, 0 };
}

constexpr MathMacro mathTable[] = {
    // Greek: TeX's \epsilon and \phi are the lunate ϵ and the straight ϕ; the var-forms are ε and φ.
    ord("alpha", u"α"), ord("beta", u"β"), ord("gamma", u"γ"), ord("delta", u"δ"), ord("epsilon", u"ϵ"),
    ord("varepsilon", u"ε"), ord("zeta", u"ζ"), ord("eta", u"η"), ord("theta", u"θ"), ord("vartheta", u"ϑ"),
    ord("iota", u"ι"), ord("kappa", u"κ"), ord("varkappa", u"ϰ"), ord("lambda", u"λ"), ord("mu", u"μ"), ord("nu", u"ν"),
    ord("xi", u"ξ"), ord("omicron", u"ο"), ord("pi", u"π"), ord("varpi", u"ϖ"), ord("rho", u"ρ"), ord("varrho", u"ϱ"),
    ord("sigma", u"σ"), ord("varsigma", u"ς"), ord("tau", u"τ"), ord("upsilon", u"υ"), ord("phi", u"ϕ"),
    ord("varphi", u"φ"), ord("chi", u"χ"), ord("psi", u"ψ"), ord("omega", u"ω"), ord("digamma", u"ϝ"),
    ord("Gamma", u"Γ"), ord("Delta", u"Δ"), ord("Theta", u"Θ"), ord("Lambda", u"Λ"), ord("Xi", u"Ξ"), ord("Pi", u"Π"),
    ord("Sigma", u"Σ"), ord("Upsilon", u"Υ"), ord("Phi", u"Φ"), ord("Psi", u"Ψ"), ord("Omega", u"Ω"),
    ord("varGamma", u"Γ"), ord("varDelta", u"Δ"), ord("varTheta", u"Θ"), ord("varLambda", u"Λ"), ord("varSigma", u"Σ"),
    ord("varPhi", u"Φ"), ord("varPsi", u"Ψ"), ord("varOmega", u"Ω"), ord("upmu", u"μ"), ord("uppi", u"π"),
    // Letter-like symbols and other ordinary symbols.
    ord("infty", u"∞"), ord("partial", u"∂"), ord("nabla", u"∇"), ord("forall", u"∀"), ord("exists", u"∃"),
    ord("nexists", u"∄"), ord("emptyset", u"∅"), ord("varnothing", u"∅"), ord("neg", u"¬"), ord("lnot", u"¬"),
    ord("ell", u"ℓ"), ord("hbar", u"ℏ"), ord("hslash", u"ℏ"), ord("Re", u"ℜ"), ord("Im", u"ℑ"), ord("aleph", u"ℵ"),
    ord("beth", u"ℶ"), ord("gimel", u"ℷ"), ord("wp", u"℘"), ord("imath", u"ı"), ord("jmath", u"ȷ"), ord("prime", u"′"),
    ord("top", u"⊤"), ord("bot", u"⊥"), ord("angle", u"∠"), ord("measuredangle", u"∡"), ord("triangle", u"△"),
    ord("square", u"□"), ord("Box", u"□"), ord("blacksquare", u"■"), ord("Diamond", u"◇"), ord("diamondsuit", u"♢"),
    ord("heartsuit", u"♡"), ord("spadesuit", u"♠"), ord("clubsuit", u"♣"), ord("bigstar", u"★"), ord("flat", u"♭"),
    ord("natural", u"♮"), ord("sharp", u"♯"), ord("checkmark", u"✓"), ord("surd", u"√"), ord("backslash", u"⧵"),
    ord("degree", u"°"), ord("S", u"§"), ord("P", u"¶"), ord("pounds", u"£"), ord("euro", u"€"), ord("mho", u"℧"),
    ord("eth", u"ð"), ord("complement", u"∁"), ord("Finv", u"Ⅎ"), ord("lozenge", u"◊"), ord("blacktriangle", u"▲"),
    ord("vartriangle", u"△"), ord("triangledown", u"▽"), ord("bigcirc", u"◯"), ord("AA", u"Å"), ord("arcsec", u"″"),
    ord("arcmin", u"′"), ord("degr", u"°"), ord("vert", u"|"), ord("Vert", u"‖"), ord("|", u"‖"), ord("#", u"#"),
    ord("%", u"%"), ord("&", u"&"), ord("$", u"$"), ord("_", u"_"), inner("ldots", u"…"), inner("dots", u"…"),
    inner("dotsc", u"…"), inner("dotso", u"…"), inner("cdots", u"⋯"), inner("dotsb", u"⋯"), inner("dotsm", u"⋯"),
    inner("dotsi", u"⋯"), ord("vdots", u"⋮"), ord("ddots", u"⋱"), ord("iddots", u"⋰"),
    // Delimiters.
    open("{", u"{"), close("}", u"}"), open("lbrace", u"{"), close("rbrace", u"}"), open("lbrack", u"["),
    close("rbrack", u"]"), open("langle", u"⟨"), close("rangle", u"⟩"), open("lfloor", u"⌊"), close("rfloor", u"⌋"),
    open("lceil", u"⌈"), close("rceil", u"⌉"), open("lvert", u"|"), close("rvert", u"|"), open("lVert", u"‖"),
    close("rVert", u"‖"), open("llbracket", u"⟦"), close("rrbracket", u"⟧"), punct("colon", u":"), punct("cdotp", u"·"),
    punct("ldotp", u"."),
    // Large operators.
    op("sum", u"∑"), op("prod", u"∏"), op("coprod", u"∐"), op("int", u"∫"), op("iint", u"∬"), op("iiint", u"∭"),
    op("oint", u"∮"), op("bigcup", u"⋃"), op("bigcap", u"⋂"), op("bigoplus", u"⨁"), op("bigotimes", u"⨂"),
    op("bigodot", u"⨀"), op("bigvee", u"⋁"), op("bigwedge", u"⋀"), op("bigsqcup", u"⨆"), op("biguplus", u"⨄"),
    // Binary operators.
    bin("times", u"×"), bin("cdot", u"·"), bin("div", u"÷"), bin("pm", u"±"), bin("mp", u"∓"), bin("circ", u"∘"),
    bin("bullet", u"∙"), bin("star", u"⋆"), bin("ast", u"∗"), bin("cup", u"∪"), bin("cap", u"∩"), bin("sqcup", u"⊔"),
    bin("sqcap", u"⊓"), bin("uplus", u"⊎"), bin("vee", u"∨"), bin("lor", u"∨"), bin("wedge", u"∧"), bin("land", u"∧"),
    bin("setminus", u"∖"), bin("smallsetminus", u"∖"), bin("oplus", u"⊕"), bin("ominus", u"⊖"), bin("otimes", u"⊗"),
    bin("oslash", u"⊘"), bin("odot", u"⊙"), bin("circledast", u"⊛"), bin("circledcirc", u"⊚"), bin("boxplus", u"⊞"),
    bin("boxminus", u"⊟"), bin("boxtimes", u"⊠"), bin("boxdot", u"⊡"), bin("dagger", u"†"), bin("ddagger", u"‡"),
    bin("amalg", u"⨿"), bin("diamond", u"⋄"), bin("triangleleft", u"◁"), bin("triangleright", u"▷"),
    bin("bigtriangleup", u"△"), bin("bigtriangledown", u"▽"), bin("wr", u"≀"), bin("ltimes", u"⋉"), bin("rtimes", u"⋊"),
    bin("intercal", u"⊺"), bin("centerdot", u"·"), bin("dotplus", u"∔"), bin("bmod", u"mod"), bin("mod", u"mod"),
    // Relations.
    rel("leq", u"≤"), rel("le", u"≤"), rel("geq", u"≥"), rel("ge", u"≥"), rel("leqslant", u"⩽"), rel("geqslant", u"⩾"),
    rel("leqq", u"≦"), rel("geqq", u"≧"), rel("neq", u"≠"), rel("ne", u"≠"), rel("approx", u"≈"), rel("approxeq", u"≊"),
    rel("thickapprox", u"≈"), rel("sim", u"∼"), rel("thicksim", u"∼"), rel("backsim", u"∽"), rel("simeq", u"≃"),
    rel("eqsim", u"≂"), rel("cong", u"≅"), rel("equiv", u"≡"), rel("propto", u"∝"), rel("varpropto", u"∝"),
    rel("in", u"∈"), rel("notin", u"∉"), rel("ni", u"∋"), rel("owns", u"∋"), rel("subset", u"⊂"), rel("subseteq", u"⊆"),
    rel("subsetneq", u"⊊"), rel("supset", u"⊃"), rel("supseteq", u"⊇"), rel("supsetneq", u"⊋"), rel("sqsubset", u"⊏"),
    rel("sqsubseteq", u"⊑"), rel("sqsupset", u"⊐"), rel("sqsupseteq", u"⊒"), rel("ll", u"≪"), rel("gg", u"≫"),
    rel("lll", u"⋘"), rel("ggg", u"⋙"), rel("prec", u"≺"), rel("succ", u"≻"), rel("preceq", u"⪯"), rel("succeq", u"⪰"),
    rel("precsim", u"≾"), rel("succsim", u"≿"), rel("lesssim", u"≲"), rel("gtrsim", u"≳"), rel("lessapprox", u"⪅"),
    rel("gtrapprox", u"⪆"), rel("lneq", u"⪇"), rel("gneq", u"⪈"), rel("lneqq", u"≨"), rel("gneqq", u"≩"),
    rel("asymp", u"≍"), rel("doteq", u"≐"), rel("circeq", u"≗"), rel("triangleq", u"≜"), rel("coloneqq", u"≔"),
    rel("coloneq", u"≔"), rel("eqqcolon", u"≕"), rel("perp", u"⊥"), rel("parallel", u"∥"), rel("nparallel", u"∦"),
    rel("mid", u"|"), rel("nmid", u"∤"), rel("models", u"⊨"), rel("vdash", u"⊢"), rel("dashv", u"⊣"),
    rel("nvdash", u"⊬"), rel("Vdash", u"⊩"), rel("vDash", u"⊨"), rel("nleq", u"≰"), rel("ngeq", u"≱"),
    rel("nless", u"≮"), rel("ngtr", u"≯"), rel("nsim", u"≁"), rel("ncong", u"≇"), rel("nsubseteq", u"⊈"),
    rel("nsupseteq", u"⊉"), rel("lhd", u"⊲"), rel("rhd", u"⊳"), rel("unlhd", u"⊴"), rel("unrhd", u"⊵"),
    rel("vartriangleleft", u"⊲"), rel("vartriangleright", u"⊳"), rel("trianglelefteq", u"⊴"),
    rel("trianglerighteq", u"⊵"), rel("smile", u"⌣"), rel("frown", u"⌢"), rel("bowtie", u"⋈"), rel("Join", u"⋈"),
    rel("therefore", u"∴"), rel("because", u"∵"),
    // Arrows (relations too).
    rel("to", u"→"), rel("rightarrow", u"→"), rel("longrightarrow", u"⟶"), rel("leftarrow", u"←"), rel("gets", u"←"),
    rel("longleftarrow", u"⟵"), rel("leftrightarrow", u"↔"), rel("longleftrightarrow", u"⟷"), rel("Rightarrow", u"⇒"),
    rel("Longrightarrow", u"⟹"), rel("implies", u"⟹"), rel("Leftarrow", u"⇐"), rel("Longleftarrow", u"⟸"),
    rel("impliedby", u"⟸"), rel("Leftrightarrow", u"⇔"), rel("Longleftrightarrow", u"⟺"), rel("iff", u"⟺"),
    rel("mapsto", u"↦"), rel("longmapsto", u"⟼"), rel("uparrow", u"↑"), rel("downarrow", u"↓"),
    rel("updownarrow", u"↕"), rel("Uparrow", u"⇑"), rel("Downarrow", u"⇓"), rel("nearrow", u"↗"), rel("searrow", u"↘"),
    rel("nwarrow", u"↖"), rel("swarrow", u"↙"), rel("hookrightarrow", u"↪"), rel("hookleftarrow", u"↩"),
    rel("twoheadrightarrow", u"↠"), rel("rightsquigarrow", u"⇝"), rel("leadsto", u"⇝"), rel("rightleftharpoons", u"⇌"),
    rel("leftrightarrows", u"⇆"), rel("rightleftarrows", u"⇄"), rel("rightharpoonup", u"⇀"), rel("leftharpoonup", u"↼"),
    rel("nrightarrow", u"↛"), rel("nleftarrow", u"↚"), rel("nRightarrow", u"⇏"), rel("nLeftarrow", u"⇍"),
    rel("nLeftrightarrow", u"⇎"), rel("nleftrightarrow", u"↮"), rel("circlearrowleft", u"↺"),
    rel("circlearrowright", u"↻"), rel("curvearrowright", u"↷"), rel("leftrightharpoons", u"⇋"),
    rel("rightrightarrows", u"⇉"), rel("upharpoonright", u"↾"), rel("restriction", u"↾"), rel("multimap", u"⊸"),
    rel("subsetneqq", u"⫋"), rel("supsetneqq", u"⫌"), rel("lessgtr", u"≶"), rel("gtrless", u"≷"),
    rel("preccurlyeq", u"≼"), rel("succcurlyeq", u"≽"), cmd("xrightarrow", Kind::Arrow, Atom::Rel, u"→"),
    cmd("xleftarrow", Kind::Arrow, Atom::Rel, u"←"), cmd("xRightarrow", Kind::Arrow, Atom::Rel, u"⇒"),
    cmd("xmapsto", Kind::Arrow, Atom::Rel, u"↦"),
    // Named functions: upright, with TeX's thin space to an ordinary neighbour. The last row are
    // operators that authors declare themselves so often that their meaning is their name.
    fn("arccos"), fn("arcsin"), fn("arctan"), fn("arg"), fn("cos"), fn("cosh"), fn("cot"), fn("coth"), fn("csc"),
    fn("deg"), fn("det"), fn("dim"), fn("exp"), fn("gcd"), fn("hom"), fn("inf"), fn("ker"), fn("lg"), fn("lim"),
    fn("liminf", u"lim inf"), fn("limsup", u"lim sup"), fn("ln"), fn("log"), fn("max"), fn("min"), fn("Pr"), fn("sec"),
    fn("sin"), fn("sinh"), fn("sup"), fn("tan"), fn("tanh"), fn("argmax"), fn("argmin"), fn("softmax"), fn("sgn"),
    fn("sign"), fn("tr"), fn("Tr"), fn("trace"), fn("rank"), fn("diag"), fn("supp"), fn("poly"), fn("polylog"),
    fn("Var"), fn("Cov"), fn("erf"), fn("lcm"),
    // Alphabets, with an argument and as old-style switches ({\bf x}, {\cal O}).
    font("mathbb", Alphabet::DoubleStruck), font("Bbb", Alphabet::DoubleStruck),
    font("mathbbm", Alphabet::DoubleStruck), font("mathds", Alphabet::DoubleStruck), font("mathcal", Alphabet::Script),
    font("mathscr", Alphabet::Script), font("mathfrak", Alphabet::Fraktur), font("frak", Alphabet::Fraktur),
    font("mathbf", Alphabet::Bold), font("boldsymbol", Alphabet::BoldItalic), font("bm", Alphabet::BoldItalic),
    font("pmb", Alphabet::BoldItalic), font("mathit", Alphabet::Italic), font("mathsf", Alphabet::Sans),
    font("mathtt", Alphabet::Mono), font("mathrm", Alphabet::Plain), font("mathup", Alphabet::Plain),
    font("mathnormal", Alphabet::Plain), fontSwitch("bf", Alphabet::Bold), fontSwitch("cal", Alphabet::Script),
    fontSwitch("it", Alphabet::Italic), fontSwitch("sf", Alphabet::Sans), fontSwitch("tt", Alphabet::Mono),
    fontSwitch("rm", Alphabet::Plain), fontSwitch("boldmath", Alphabet::Bold),
    // Text inside math, as plain text.
    cmd("text", Kind::Text), cmd("textrm", Kind::Text), cmd("textup", Kind::Text), cmd("textnormal", Kind::Text),
    cmd("textbf", Kind::Text), cmd("textit", Kind::Text), cmd("textsl", Kind::Text), cmd("textsf", Kind::Text),
    cmd("texttt", Kind::Text), cmd("textsc", Kind::Text), cmd("textmd", Kind::Text), cmd("emph", Kind::Text),
    cmd("mbox", Kind::Text), cmd("hbox", Kind::Text),
    // Accents: combining marks (\overline's U+0305 joins up from letter to letter, as over AB).
    accent("hat", 0x0302), accent("widehat", 0x0302), accent("tilde", 0x0303), accent("widetilde", 0x0303),
    accent("bar", 0x0304), accent("overline", 0x0305), accent("vec", 0x20D7), accent("overrightarrow", 0x20D7),
    accent("overleftarrow", 0x20D6), accent("overleftrightarrow", 0x20E1), accent("dot", 0x0307),
    accent("ddot", 0x0308), accent("dddot", 0x20DB), accent("ddddot", 0x20DC), accent("acute", 0x0301),
    accent("grave", 0x0300), accent("check", 0x030C), accent("widecheck", 0x030C), accent("breve", 0x0306),
    accent("mathring", 0x030A), accent("underline", 0x0332), accent("utilde", 0x0330),
    // Atoms of a chosen class.
    cmd("operatorname", Kind::Class, Atom::Op), cmd("operatornamewithlimits", Kind::Class, Atom::Op),
    cmd("mathop", Kind::Class, Atom::Op), cmd("mathbin", Kind::Class, Atom::Bin),
    cmd("mathrel", Kind::Class, Atom::Rel), cmd("mathord", Kind::Class, Atom::Ord),
    cmd("mathinner", Kind::Class, Atom::Ord), cmd("mathopen", Kind::Class, Atom::Open),
    cmd("mathclose", Kind::Class, Atom::Close), cmd("mathpunct", Kind::Class, Atom::Punct),
    // Structures.
    cmd("frac", Kind::Frac), cmd("tfrac", Kind::Frac), cmd("dfrac", Kind::Frac), cmd("cfrac", Kind::Frac),
    cmd("binom", Kind::Binom), cmd("tbinom", Kind::Binom), cmd("dbinom", Kind::Binom), cmd("sqrt", Kind::Sqrt),
    cmd("not", Kind::Not), cmd("overset", Kind::Overset), cmd("stackrel", Kind::Overset),
    cmd("underset", Kind::Underset), cmd("unicode", Kind::Unicode), cmd("pmod", Kind::Pmod), cmd("over", Kind::Infix),
    cmd("choose", Kind::Infix),
    // Delimited arguments (braket and physics packages; \norm and \abs as papers define them).
    cmd("ket", Kind::Enclose, Atom::Ord, u"|⟩"), cmd("bra", Kind::Enclose, Atom::Ord, u"⟨|"),
    cmd("braket", Kind::Enclose, Atom::Ord, u"⟨⟩"), cmd("expval", Kind::Enclose, Atom::Ord, u"⟨⟩"),
    cmd("norm", Kind::Enclose, Atom::Ord, u"‖‖"), cmd("abs", Kind::Enclose, Atom::Ord, u"||"),
    // Sized delimiters: the size goes, the delimiter stays.
    cmd("left", Kind::Delimiter, Atom::Open), cmd("right", Kind::Delimiter, Atom::Close),
    cmd("middle", Kind::Delimiter, Atom::None), cmd("big", Kind::Delimiter, Atom::None),
    cmd("Big", Kind::Delimiter, Atom::None), cmd("bigg", Kind::Delimiter, Atom::None),
    cmd("Bigg", Kind::Delimiter, Atom::None), cmd("bigl", Kind::Delimiter, Atom::Open),
    cmd("Bigl", Kind::Delimiter, Atom::Open), cmd("biggl", Kind::Delimiter, Atom::Open),
    cmd("Biggl", Kind::Delimiter, Atom::Open), cmd("bigr", Kind::Delimiter, Atom::Close),
    cmd("Bigr", Kind::Delimiter, Atom::Close), cmd("biggr", Kind::Delimiter, Atom::Close),
    cmd("Biggr", Kind::Delimiter, Atom::Close), cmd("bigm", Kind::Delimiter, Atom::Rel),
    cmd("Bigm", Kind::Delimiter, Atom::Rel), cmd("biggm", Kind::Delimiter, Atom::Rel),
    cmd("Biggm", Kind::Delimiter, Atom::Rel),
    // Spacing: a space, or nothing for the negative ones.
    space(","), space(";"), space(":"), space(">"), space(" "), space("\\"), space("quad"), space("qquad"),
    space("enspace"), space("enskip"), space("thinspace"), space("medspace"), space("thickspace"), space("!", {}),
    space("negthinspace", {}), space("negmedspace", {}), space("negthickspace", {}),
    cmd("hspace", Kind::Drop, Atom::Ord, u" "), cmd("phantom", Kind::Drop), cmd("hphantom", Kind::Drop),
    cmd("vphantom", Kind::Drop), cmd("vspace", Kind::Drop), cmd("color", Kind::Drop), cmd("textcolor", Kind::Drop),
    cmd("label", Kind::Drop),
    // Style only: nothing to show, or just the argument.
    cmd("displaystyle", Kind::Ignore), cmd("textstyle", Kind::Ignore), cmd("scriptstyle", Kind::Ignore),
    cmd("scriptscriptstyle", Kind::Ignore), cmd("limits", Kind::Ignore), cmd("nolimits", Kind::Ignore),
    cmd("displaylimits", Kind::Ignore), cmd("nonumber", Kind::Ignore), cmd("notag", Kind::Ignore),
    cmd("mathstrut", Kind::Ignore), cmd("strut", Kind::Ignore), cmd("relax", Kind::Ignore),
    cmd("allowbreak", Kind::Ignore), cmd("nobreak", Kind::Ignore), cmd("protect", Kind::Ignore), cmd("/", Kind::Ignore),
    cmd("-", Kind::Ignore), cmd("smash", Kind::Wrapper), cmd("boxed", Kind::Wrapper), cmd("ensuremath", Kind::Wrapper),
    cmd("mathclap", Kind::Wrapper), cmd("mathllap", Kind::Wrapper), cmd("mathrlap", Kind::Wrapper),
    cmd("llap", Kind::Wrapper), cmd("rlap", Kind::Wrapper), cmd("underbrace", Kind::Wrapper),
    cmd("overbrace", Kind::Wrapper)
};

constexpr TextMacro textTable[] = {
    // Fonts with an argument: the argument, as plain text.
    { "textbf", {}, TextKind::Wrapper }, { "textit", {}, TextKind::Wrapper }, { "emph", {}, TextKind::Wrapper },
    { "texttt", {}, TextKind::Wrapper }, { "textsc", {}, TextKind::Wrapper }, { "textrm", {}, TextKind::Wrapper },
    { "textsf", {}, TextKind::Wrapper }, { "textup", {}, TextKind::Wrapper }, { "textmd", {}, TextKind::Wrapper },
    { "textsl", {}, TextKind::Wrapper }, { "textnormal", {}, TextKind::Wrapper }, { "text", {}, TextKind::Wrapper },
    { "underline", {}, TextKind::Wrapper }, { "uline", {}, TextKind::Wrapper }, { "mbox", {}, TextKind::Wrapper },
    { "hbox", {}, TextKind::Wrapper }, { "ensuremath", {}, TextKind::Math },
    { "textsuperscript", {}, TextKind::Superscript }, { "textsubscript", {}, TextKind::Subscript },
    { "url", {}, TextKind::Url }, { "href", {}, TextKind::Href },
    // Font and size switches ({\bf …}, {\em …}): nothing to show.
    { "bf", {}, TextKind::Switch }, { "it", {}, TextKind::Switch }, { "em", {}, TextKind::Switch },
    { "sc", {}, TextKind::Switch }, { "tt", {}, TextKind::Switch }, { "rm", {}, TextKind::Switch },
    { "sf", {}, TextKind::Switch }, { "sl", {}, TextKind::Switch }, { "bfseries", {}, TextKind::Switch },
    { "itshape", {}, TextKind::Switch }, { "scshape", {}, TextKind::Switch }, { "ttfamily", {}, TextKind::Switch },
    { "sffamily", {}, TextKind::Switch }, { "rmfamily", {}, TextKind::Switch }, { "upshape", {}, TextKind::Switch },
    { "slshape", {}, TextKind::Switch }, { "mdseries", {}, TextKind::Switch }, { "normalfont", {}, TextKind::Switch },
    { "tiny", {}, TextKind::Switch }, { "scriptsize", {}, TextKind::Switch }, { "footnotesize", {}, TextKind::Switch },
    { "small", {}, TextKind::Switch }, { "normalsize", {}, TextKind::Switch }, { "large", {}, TextKind::Switch },
    { "Large", {}, TextKind::Switch }, { "LARGE", {}, TextKind::Switch }, { "huge", {}, TextKind::Switch },
    { "Huge", {}, TextKind::Switch },
    // Symbols and names.
    { "ldots", u"…" }, { "dots", u"…" }, { "textellipsis", u"…" }, { "LaTeX", u"LaTeX" }, { "TeX", u"TeX" },
    { "LaTeXe", u"LaTeX2ε" }, { "textendash", u"–" }, { "textemdash", u"—" }, { "textasciitilde", u"~" },
    { "textdegree", u"°" }, { "textbar", u"|" }, { "textless", u"<" }, { "textgreater", u">" }, { "textbullet", u"•" },
    { "S", u"§" }, { "P", u"¶" }, { "copyright", u"©" }, { "textregistered", u"®" }, { "texttrademark", u"™" },
    { "dag", u"†" }, { "ddag", u"‡" }, { "pounds", u"£" }, { "euro", u"€" }, { "textmu", u"μ" }, { "textpm", u"±" },
    { "texttimes", u"×" }, { "textasciicircum", u"^" }, { "textunderscore", u"_" }, { "textquoteleft", u"‘" },
    { "textquoteright", u"’" }, { "textquotedblleft", u"“" }, { "textquotedblright", u"”" }, { "noindent", {} },
    { "par", u" " }, { "slash", u"/" }, { "newline", u" " }, { "xspace", {} }, { "%", u"%" }, { "$", u"$" },
    { "&", u"&" }, { "#", u"#" }, { "_", u"_" }, { "{", u"{" }, { "}", u"}" }, { " ", u" " }, { ",", u" " },
    { ";", u" " }, { "\\", u" " }, { "quad", u" " }, { "qquad", u" " }, { "-", {} }, { "/", {} }
};

template<typename T, std::size_t N>
constexpr std::array<T, N> sortedByName(const T (&table)[N])
{
    std::array<T, N> sorted = std::to_array(table);
    std::sort(sorted.begin(), sorted.end(), [](const T &a, const T &b) {
        return a.name < b.name;
    });
    return sorted;
}

template<typename T, std::size_t N>
constexpr bool uniqueNames(const std::array<T, N> &sorted)
{
    return std::adjacent_find(sorted.begin(), sorted.end(), [](const T &a, const T &b) {
        return a.name == b.name;
    }) == sorted.end();
}

// Sorted at compile time, so the tables above can be grouped by meaning and still be searched.
constexpr auto sortedMath = sortedByName(mathTable);
constexpr auto sortedText = sortedByName(textTable);
static_assert(uniqueNames(sortedMath), "a math macro is listed twice");
static_assert(uniqueNames(sortedText), "a text macro is listed twice");

template<typename T, std::size_t N>
const T *find(const std::array<T, N> &sorted, QStringView name)
{
    // Macro names are ASCII and short; longer or non-ASCII names are in no table.
    char buffer[32];
    if (name.isEmpty() || name.size() > qsizetype(sizeof buffer))
        return nullptr;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0x80)
            return nullptr;
        buffer[i] = char(c);
    }
    const std::string_view key(buffer, size_t(name.size()));
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), key, [](const T &entry, std::string_view k) {
        return entry.name < k;
    });
    return it != sorted.end() && it->name == key ? &*it : nullptr;
}

struct CharPair
{
    char32_t from, to;
};

struct Offsets
{
    char32_t upper, lower, digits, greekUpper;
};

/// Where each alphabet starts in the Mathematical Alphanumeric Symbols block (0: not there).
constexpr Offsets offsets(Alphabet a)
{
    switch (a) {
    case Alphabet::Bold:
        return { 0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8 };
    case Alphabet::Italic:
        return { 0x1D434, 0x1D44E, 0, 0x1D6E2 };
    case Alphabet::BoldItalic:
        return { 0x1D468, 0x1D482, 0x1D7CE, 0x1D71C };
    case Alphabet::Script:
        return { 0x1D49C, 0x1D4B6, 0, 0 };
    case Alphabet::Fraktur:
        return { 0x1D504, 0x1D51E, 0, 0 };
    case Alphabet::DoubleStruck:
        return { 0x1D538, 0x1D552, 0x1D7D8, 0 };
    case Alphabet::Sans:
        return { 0x1D5A0, 0x1D5BA, 0x1D7E2, 0 };
    case Alphabet::SansBold:
        return { 0x1D5D4, 0x1D5EE, 0x1D7EC, 0x1D756 };
    case Alphabet::Mono:
        return { 0x1D670, 0x1D68A, 0x1D7F6, 0 };
    case Alphabet::Plain:
        break;
    }
    return { 0, 0, 0, 0 };
}

/// The letters Unicode encoded in Letterlike Symbols before the math block: their math-block
/// slots are reserved and empty, so \mathbb{R} must become ℝ (U+211D), not U+1D549.
char32_t letterlikeHole(char32_t styledChar)
{
    static constexpr CharPair holes[] = { { 0x1D455, U'ℎ' }, { 0x1D49D, U'ℬ' }, { 0x1D4A0, U'ℰ' }, { 0x1D4A1, U'ℱ' },
        { 0x1D4A3, U'ℋ' }, { 0x1D4A4, U'ℐ' }, { 0x1D4A7, U'ℒ' }, { 0x1D4A8, U'ℳ' }, { 0x1D4AD, U'ℛ' },
        { 0x1D4BA, U'ℯ' }, { 0x1D4BC, U'ℊ' }, { 0x1D4C4, U'ℴ' }, { 0x1D506, U'ℭ' }, { 0x1D50B, U'ℌ' },
        { 0x1D50C, U'ℑ' }, { 0x1D515, U'ℜ' }, { 0x1D51D, U'ℨ' }, { 0x1D53A, U'ℂ' }, { 0x1D53F, U'ℍ' },
        { 0x1D545, U'ℕ' }, { 0x1D547, U'ℙ' }, { 0x1D548, U'ℚ' }, { 0x1D549, U'ℝ' }, { 0x1D551, U'ℤ' } };
    for (const CharPair &h : holes) {
        if (h.from == styledChar)
            return h.to;
    }
    return styledChar;
}

/// Position of a Greek letter in a math-block Greek alphabet (capitals 0–25, small 26–57), or -1.
int greekIndex(char32_t c)
{
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return int(c - 0x391);
    if (c >= 0x3B1 && c <= 0x3C9)
        return int(c - 0x3B1) + 26;
    // The capital theta symbol, nabla, partial and the small variants follow each alphabet.
    static constexpr CharPair others[] = { { U'ϴ', 17 }, { U'∇', 25 }, { U'∂', 51 }, { U'ϵ', 52 }, { U'ϑ', 53 },
        { U'ϰ', 54 }, { U'ϕ', 55 }, { U'ϱ', 56 }, { U'ϖ', 57 } };
    for (const CharPair &o : others) {
        if (o.from == c)
            return int(o.to);
    }
    return -1;
}

// Sorted by the plain character (a binary search finds it).
constexpr CharPair superscripts[] = { { U'(', U'⁽' }, { U')', U'⁾' }, { U'*', U'*' }, { U'+', U'⁺' }, { U'-', U'⁻' },
    { U'0', U'⁰' }, { U'1', U'¹' }, { U'2', U'²' }, { U'3', U'³' }, { U'4', U'⁴' }, { U'5', U'⁵' }, { U'6', U'⁶' },
    { U'7', U'⁷' }, { U'8', U'⁸' }, { U'9', U'⁹' }, { U'=', U'⁼' }, { U'A', U'ᴬ' }, { U'B', U'ᴮ' }, { U'D', U'ᴰ' },
    { U'E', U'ᴱ' }, { U'G', U'ᴳ' }, { U'H', U'ᴴ' }, { U'I', U'ᴵ' }, { U'J', U'ᴶ' }, { U'K', U'ᴷ' }, { U'L', U'ᴸ' },
    { U'M', U'ᴹ' }, { U'N', U'ᴺ' }, { U'O', U'ᴼ' }, { U'P', U'ᴾ' }, { U'R', U'ᴿ' }, { U'T', U'ᵀ' }, { U'U', U'ᵁ' },
    { U'V', U'ⱽ' }, { U'W', U'ᵂ' }, { U'a', U'ᵃ' }, { U'b', U'ᵇ' }, { U'c', U'ᶜ' }, { U'd', U'ᵈ' }, { U'e', U'ᵉ' },
    { U'f', U'ᶠ' }, { U'g', U'ᵍ' }, { U'h', U'ʰ' }, { U'i', U'ⁱ' }, { U'j', U'ʲ' }, { U'k', U'ᵏ' }, { U'l', U'ˡ' },
    { U'm', U'ᵐ' }, { U'n', U'ⁿ' }, { U'o', U'ᵒ' }, { U'p', U'ᵖ' }, { U'r', U'ʳ' }, { U's', U'ˢ' }, { U't', U'ᵗ' },
    { U'u', U'ᵘ' }, { U'v', U'ᵛ' }, { U'w', U'ʷ' }, { U'x', U'ˣ' }, { U'y', U'ʸ' }, { U'z', U'ᶻ' }, { U'α', U'ᵅ' },
    { U'β', U'ᵝ' }, { U'γ', U'ᵞ' }, { U'δ', U'ᵟ' }, { U'ε', U'ᵋ' }, { U'θ', U'ᶿ' }, { U'ι', U'ᶥ' }, { U'φ', U'ᵠ' },
    { U'χ', U'ᵡ' }, { U'ϕ', U'ᵠ' }, { U'ϵ', U'ᵋ' }, { U'†', U'†' }, { U'‡', U'‡' }, { U'′', U'′' }, { U'″', U'″' },
    { U'‴', U'‴' }, { U'−', U'⁻' }, { U'∗', U'*' }, { U'∘', U'°' }, { U'⊤', U'ᵀ' }, { U'⊺', U'ᵀ' }, { U'⋆', U'⋆' } };

constexpr CharPair subscripts[] = { { U'(', U'₍' }, { U')', U'₎' }, { U'+', U'₊' }, { U'-', U'₋' }, { U'0', U'₀' },
    { U'1', U'₁' }, { U'2', U'₂' }, { U'3', U'₃' }, { U'4', U'₄' }, { U'5', U'₅' }, { U'6', U'₆' }, { U'7', U'₇' },
    { U'8', U'₈' }, { U'9', U'₉' }, { U'=', U'₌' }, { U'a', U'ₐ' }, { U'e', U'ₑ' }, { U'h', U'ₕ' }, { U'i', U'ᵢ' },
    { U'j', U'ⱼ' }, { U'k', U'ₖ' }, { U'l', U'ₗ' }, { U'm', U'ₘ' }, { U'n', U'ₙ' }, { U'o', U'ₒ' }, { U'p', U'ₚ' },
    { U'r', U'ᵣ' }, { U's', U'ₛ' }, { U't', U'ₜ' }, { U'u', U'ᵤ' }, { U'v', U'ᵥ' }, { U'x', U'ₓ' }, { U'β', U'ᵦ' },
    { U'γ', U'ᵧ' }, { U'ρ', U'ᵨ' }, { U'φ', U'ᵩ' }, { U'χ', U'ᵪ' }, { U'ϕ', U'ᵩ' }, { U'−', U'₋' } };

template<std::size_t N>
constexpr bool sortedPairs(const CharPair (&t)[N])
{
    return std::is_sorted(std::begin(t), std::end(t), [](const CharPair &a, const CharPair &b) {
        return a.from < b.from;
    });
}
static_assert(sortedPairs(superscripts) && sortedPairs(subscripts), "script tables must be sorted");

template<std::size_t N>
char32_t lookup(const CharPair (&t)[N], char32_t c)
{
    const auto it = std::lower_bound(std::begin(t), std::end(t), c, [](const CharPair &p, char32_t k) {
        return p.from < k;
    });
    return it != std::end(t) && it->from == c ? it->to : 0;
}

} // namespace

const MathMacro *findMathMacro(QStringView name)
{
    return find(sortedMath, name);
}

qsizetype mathMacroCount()
{
    return qsizetype(sortedMath.size());
}

const TextMacro *findTextMacro(QStringView name)
{
    return find(sortedText, name);
}

qsizetype textMacroCount()
{
    return qsizetype(sortedText.size());
}

char32_t styled(char32_t c, Alphabet a)
{
    const Offsets o = offsets(a);
    char32_t s = 0;
    if (c >= U'A' && c <= U'Z' && o.upper)
        s = o.upper + (c - U'A');
    else if (c >= U'a' && c <= U'z' && o.lower)
        s = o.lower + (c - U'a');
    else if (c >= U'0' && c <= U'9' && o.digits)
        s = o.digits + (c - U'0');
    else if (const int g = o.greekUpper ? greekIndex(c) : -1; g >= 0)
        s = o.greekUpper + char32_t(g);
    return s ? letterlikeHole(s) : c;
}

char32_t superscript(char32_t c)
{
    return lookup(superscripts, c);
}

char32_t subscript(char32_t c)
{
    return lookup(subscripts, c);
}

bool isScriptChar(char32_t c)
{
    for (const CharPair &p : superscripts) {
        if (p.to == c)
            return true;
    }
    for (const CharPair &p : subscripts) {
        if (p.to == c)
            return true;
    }
    return false;
}

char16_t negated(char16_t c)
{
    struct Pair
    {
        char16_t from, to;
    };
    static constexpr Pair pairs[] = { { u'=', u'≠' }, { u'<', u'≮' }, { u'>', u'≯' }, { u'∈', u'∉' }, { u'∋', u'∌' },
        { u'⊂', u'⊄' }, { u'⊃', u'⊅' }, { u'⊆', u'⊈' }, { u'⊇', u'⊉' }, { u'≡', u'≢' }, { u'∼', u'≁' }, { u'≈', u'≉' },
        { u'≤', u'≰' }, { u'≥', u'≱' }, { u'≅', u'≇' }, { u'≃', u'≄' }, { u'|', u'∤' }, { u'∥', u'∦' }, { u'∃', u'∄' },
        { u'≺', u'⊀' }, { u'≻', u'⊁' }, { u'⊢', u'⊬' }, { u'⊨', u'⊭' }, { u'→', u'↛' }, { u'←', u'↚' }, { u'↔', u'↮' },
        { u'⇒', u'⇏' }, { u'⇐', u'⇍' }, { u'⇔', u'⇎' }, { u'≲', u'≴' }, { u'≳', u'≵' } };
    for (const Pair &p : pairs) {
        if (p.from == c)
            return p.to;
    }
    return 0;
}

char16_t accentMark(char32_t c)
{
    static constexpr CharPair marks[] = { { U'~', 0x0303 }, { U'∼', 0x0303 }, { U'˜', 0x0303 }, { U'^', 0x0302 },
        { U'ˆ', 0x0302 }, { U'-', 0x0304 }, { U'−', 0x0304 }, { U'¯', 0x0304 }, { U'‾', 0x0305 }, { U'→', 0x20D7 },
        { U'.', 0x0307 }, { U'·', 0x0307 }, { U'˙', 0x0307 }, { U'⋅', 0x0307 }, { U'¨', 0x0308 }, { U'∘', 0x030A },
        { U'°', 0x030A }, { U'∗', 0x20F0 }, { U'*', 0x20F0 } };
    for (const CharPair &m : marks) {
        if (m.from == c)
            return char16_t(m.to);
    }
    return 0;
}

} // namespace PaperSift::TexSymbols
