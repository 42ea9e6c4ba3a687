"""Claims of docs/configuration/theming.md, read from computed styles in Chromium.

The server sends the [theme] options to the browser in the NewSession message
(app_session._populate_theme_msg); the frontend turns them into CSS. Each
claim reads getComputedStyle of a real element. st.context.theme reads the
color_scheme the frontend reports (runtime/context.py, ContextProxy.theme).
"""

import collections
import colorsys
import re
import shutil
import subprocess
import sys

import pytest
from conftest import BROWSER_WAIT_MS, REPO, SNIPPETS
from playwright.sync_api import expect
from streamlit import config

PAGE = "configuration/theming"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"

# Each element the tests read, and the CSS properties read from it.
STYLES = """([selectors, properties]) => Object.fromEntries(
    Object.entries(selectors).map(([name, selector]) => {
        const element = document.querySelector(selector);
        if (!element) return [name, null];  // the test's assert names it
        const style = getComputedStyle(element);
        return [name, Object.fromEntries(properties.map(p => [p, style[p]]))];
    }))"""
MAIN = '[data-testid="stMain"] '  # the sidebar comes first in the page
ELEMENTS = {
    "app": '[data-testid="stApp"]',
    "html": "html",
    "heading": MAIN + "h1",
    "text": MAIN + '[data-testid="stMarkdownContainer"] p',
    "link": MAIN + '[data-testid="stMarkdownContainer"] a',
    "code": MAIN + '[data-testid="stMarkdownContainer"] code',
    "red text": MAIN + '[data-testid="stMarkdownContainer"] p span:nth-of-type(1)',
    "blue background": MAIN
    + '[data-testid="stMarkdownContainer"] p span:nth-of-type(2)',
    "input": MAIN + '[data-testid="stTextInputRootElement"]',
    "button": MAIN + '[data-testid="stBaseButton-primary"]',
    "sidebar": '[data-testid="stSidebar"]',
}
PROPERTIES = ["color", "backgroundColor", "fontFamily", "fontSize"]
PROPERTIES += ["textDecorationLine", "borderTopColor", "borderTopWidth"]
PROPERTIES += ["borderTopLeftRadius", "height", "fontWeight"]
PROPERTIES += ["paddingTop", "paddingBottom"]


def styles(page, elements=ELEMENTS):
    """{element: {CSS property: computed value}} for each element."""
    return page.evaluate(STYLES, [elements, PROPERTIES])


# --8<-- [start:test_the_theme_options_of_this_release]
def test_the_theme_options_of_this_release(tmp_path):
    """config._config_options_template: [theme] and its three sub-sections."""
    names = [key for key in config.get_config_options() if key.startswith("theme.")]
    top = [key for key in names if key.count(".") == 1]
    assert len(top) == 55
    sections = collections.Counter(key.rpartition(".")[0] for key in names)
    del sections["theme"]
    assert sections == {
        f"theme.{name}": 48
        for name in ["sidebar", "light", "dark", "light.sidebar", "dark.sidebar"]
    }
    shown = subprocess.run(  # `streamlit config show` names every top-level one
        [sys.executable, "-m", "streamlit", "config", "show"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert all(f"\n# {key.split('.')[1]} =" in shown for key in top)


# --8<-- [end:test_the_theme_options_of_this_release]


# --8<-- [start:test_each_theme_option_shows_in_the_page]
@pytest.mark.browser
def test_each_theme_option_shows_in_the_page(serve, page):
    """Chromium prefers a light theme here; base = "dark" wins all the same."""
    page.goto(serve(f"{PAGE}/night_bakery/app.py"))
    for last in page.get_by_role("button", name="Order"), page.get_by_text("22:00"):
        expect(last).to_be_visible(timeout=BROWSER_WAIT_MS)  # main's and sidebar's
    got = styles(page)
    assert [name for name, style in got.items() if style is None] == []
    seen = {  # option: (element, CSS property, computed value)
        "backgroundColor": ("app", "backgroundColor", "rgb(27, 31, 59)"),
        "textColor": ("text", "color", "rgb(244, 241, 222)"),
        "primaryColor": ("button", "backgroundColor", "rgb(224, 122, 95)"),
        "secondaryBackgroundColor": ("input", "backgroundColor", "rgb(46, 52, 89)"),
        "linkColor": ("link", "color", "rgb(129, 178, 154)"),
        "linkUnderline": ("link", "textDecorationLine", "none"),
        "codeTextColor": ("code", "color", "rgb(242, 204, 143)"),
        "codeBackgroundColor": ("code", "backgroundColor", "rgb(61, 64, 91)"),
        "redTextColor": ("red text", "color", "rgb(255, 107, 107)"),
        "blueBackgroundColor": (
            "blue background",
            "backgroundColor",
            "rgb(38, 70, 83)",
        ),
        "borderColor": ("input", "borderTopColor", "rgb(242, 204, 143)"),
        "baseRadius": ("input", "borderTopLeftRadius", "0px"),
        "font": ("text", "fontFamily", '"Source Serif", serif'),
        "headingFont": ("heading", "fontFamily", '"Source Code Pro", monospace'),
        "baseFontSize": ("html", "fontSize", "18px"),
    }
    assert {option: got[e][p] for option, (e, p, _) in seen.items()} == {
        option: value for option, (*_, value) in seen.items()
    }
    # The sidebar takes secondaryBackgroundColor once the two backgrounds are set.
    assert got["sidebar"]["backgroundColor"] == "rgb(46, 52, 89)"
    # buttonRadius = "full": a pill, its corners at least half its height.
    button = got["button"]
    assert float(button["borderTopLeftRadius"][:-2]) >= float(button["height"][:-2]) / 2


# --8<-- [end:test_each_theme_option_shows_in_the_page]


# --8<-- [start:test_more_theme_options_show_in_the_page]
@pytest.mark.browser
def test_more_theme_options_show_in_the_page(serve, page):
    """The day bakery: palette text and backgrounds, weights, sizes, the code
    font, the metric, the padding and a widget without its border."""
    page.goto(serve(f"{PAGE}/day_bakery/app.py"))
    for last in page.get_by_label("Your order"), page.get_by_text("Open daily"):
        expect(last).to_be_visible(timeout=BROWSER_WAIT_MS)
    spans = page.locator(MAIN + '[data-testid="stMarkdownContainer"] span')
    colours = dict(
        spans.evaluate_all(
            """spans => spans.map(span => [span.textContent, [
                getComputedStyle(span).color,
                getComputedStyle(span).backgroundColor]])"""
        )
    )
    assert [colours[letter][0] for letter in "abcdef"] == [
        "rgb(170, 85, 0)",  # orangeTextColor
        "rgb(128, 102, 0)",  # yellowTextColor
        "rgb(27, 122, 58)",  # greenTextColor
        "rgb(106, 27, 154)",  # violetTextColor
        "rgb(85, 85, 85)",  # grayTextColor
        "rgb(13, 71, 161)",  # blueTextColor
    ]
    assert [colours[letter][1] for letter in "ghijkl"] == [
        "rgb(255, 224, 178)",  # orangeBackgroundColor
        "rgb(255, 245, 157)",  # yellowBackgroundColor
        "rgb(200, 230, 201)",  # greenBackgroundColor
        "rgb(225, 190, 231)",  # violetBackgroundColor
        "rgb(238, 238, 238)",  # grayBackgroundColor
        "rgb(255, 205, 210)",  # redBackgroundColor
    ]
    assert colours["Fresh"][1] == "rgba(21, 101, 192, 0.1)"  # blueColor at 10 %

    elements = {
        "text": ELEMENTS["text"],
        "title": MAIN + "h1",
        "header": MAIN + "h2",
        "code": ELEMENTS["code"],
        "metric": '[data-testid="stMetricValue"]',
        "block": '[data-testid="stMainBlockContainer"]',
        "input": ELEMENTS["input"],
    }
    got = styles(page, elements)
    seen = {  # option: (element, CSS property, computed value)
        "baseFontWeight": ("text", "fontWeight", "300"),
        "headingFontSizes": ("header", "fontSize", "40px"),  # h2: 2.5rem
        "headingFontWeights": ("title", "fontWeight", "800"),
        "codeFont": ("code", "fontFamily", '"Source Serif", serif'),
        "codeFontSize": ("code", "fontSize", "12px"),
        "codeFontWeight": ("code", "fontWeight", "600"),
        "metricValueFontSize": ("metric", "fontSize", "48px"),
        "metricValueFontWeight": ("metric", "fontWeight", "200"),
        "paddingTop": ("block", "paddingTop", "76px"),  # 1rem below the 60 px header
        "paddingBottom": ("block", "paddingBottom", "32px"),
        # false: the border takes the input's own background colour.
        "showWidgetBorder": ("input", "borderTopColor", "rgb(248, 248, 247)"),
    }
    assert {option: got[e][p] for option, (e, p, _) in seen.items()} == {
        option: value for option, (*_, value) in seen.items()
    }
    assert got["input"]["backgroundColor"] == "rgb(248, 248, 247)"
    assert (got["title"]["fontSize"], got["header"]["fontWeight"]) == ("48px", "600")
    # showSidebarBorder is not set: the sidebar's edge is a drawn line.
    edge = page.get_by_test_id("stSidebarResizeHandle")
    assert edge.evaluate("e => getComputedStyle(e).backgroundImage").startswith(
        "linear-gradient"
    )


# --8<-- [end:test_more_theme_options_show_in_the_page]


# --8<-- [start:test_each_scheme_takes_its_own_section]
def lightness(css):
    """HSL lightness, 0 to 100, of an `rgb(...)` or `rgba(...)` colour."""
    red, green, blue = (int(n) / 255 for n in re.findall(r"[\d.]+", css)[:3])
    return round(colorsys.rgb_to_hls(red, green, blue)[1] * 100)


PALETTE = {  # the six colours two_moods sets, as rgb(...)
    "red": "255, 0, 0",
    "orange": "255, 136, 0",
    "yellow": "255, 238, 0",
    "green": "0, 170, 0",
    "violet": "136, 0, 255",
    "gray": "128, 128, 128",
}

SCHEMES = {  # what two_moods looks like in a tab of each colour scheme
    "light": {"app": "rgb(255, 255, 240)", "button": "rgb(170, 0, 0)"}
    | {"sidebar": "rgb(238, 255, 238)", "red": "rgb(179, 0, 0)"}
    | {"shift": -15, "opacity": 0.1},
    "dark": {"app": "rgb(16, 16, 32)", "button": "rgb(0, 170, 170)"}
    | {"sidebar": "rgb(32, 32, 48)", "red": "rgb(255, 77, 77)"}
    | {"shift": 15, "opacity": 0.2},
}


@pytest.mark.browser
@pytest.mark.parametrize("scheme", SCHEMES)
def test_each_scheme_takes_its_own_section(serve, browser, scheme):
    """No base: the browser's scheme picks [theme.light] or [theme.dark] and
    their .sidebar sections; [theme.sidebar] applies to both. A palette colour
    alone gives its text a shade and its badge a see-through background."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(serve(f"{PAGE}/two_moods/app.py"))
    want = SCHEMES[scheme]
    for element, colour in [  # expect retries until the page has settled
        (page.get_by_test_id("stApp"), want["app"]),  # [theme.<scheme>]
        (page.get_by_role("button", name="Reserve a table"), want["button"]),
        (page.get_by_test_id("stSidebar"), want["sidebar"]),  # its .sidebar
    ]:
        expect(element).to_have_css("background-color", colour, timeout=BROWSER_WAIT_MS)
    sidebar_text = page.get_by_text("Open until late")
    expect(sidebar_text).to_have_css("color", "rgb(17, 34, 51)")  # [theme.sidebar]
    expect(page.get_by_text("F", exact=True)).to_be_visible()

    spans = page.locator(MAIN + '[data-testid="stMarkdownContainer"] span')
    drawn = spans.evaluate_all(
        """spans => Object.fromEntries(spans.map(span => [span.textContent,
            [getComputedStyle(span).color, getComputedStyle(span).backgroundColor]]))"""
    )
    assert drawn["a"][0] == want["red"]
    for text, badge, rgb in zip("abcdef", "ABCDEF", PALETTE.values(), strict=True):
        assert lightness(drawn[text][0]) == lightness(f"rgb({rgb})") + want["shift"]
        assert drawn[badge] == [drawn[text][0], f"rgba({rgb}, {want['opacity']})"]

    # showSidebarBorder = false: no line at the sidebar's edge.
    edge = page.get_by_test_id("stSidebarResizeHandle")
    assert edge.evaluate("e => getComputedStyle(e).backgroundImage") == "none"
    context.close()


# --8<-- [end:test_each_scheme_takes_its_own_section]


# --8<-- [start:test_dataframe_and_chart_colours]
PIXELS = """canvas => {  // how many pixels of each colour, most first
    const data = canvas.getContext("2d")
        .getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = {};
    for (let i = 0; i < data.length; i += 4) {
        const rgb = `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`;
        counts[rgb] = (counts[rgb] || 0) + 1;
    }
    return Object.keys(counts).sort((a, b) => counts[b] - counts[a]);
}"""


@pytest.mark.browser
def test_dataframe_and_chart_colours(serve, page):
    """The grid is drawn on canvases (glide-data-grid), so the test reads their
    pixels; Vega-Lite draws charts as SVG, so it reads their fill attributes."""
    page.goto(serve(f"{PAGE}/chart_colours/app.py"))
    charts = page.get_by_test_id("stVegaLiteChart")
    for nth, fill in enumerate(["#333333", "rgb(10, 10, 10)", "rgb(160, 0, 0)"]):
        expect(charts.nth(nth).locator(f'[fill="{fill}"]').first).to_be_attached(
            timeout=BROWSER_WAIT_MS
        )
    fills = charts.evaluate_all(
        "charts => charts.map(c => [...c.querySelectorAll('[fill]')]"
        ".map(e => e.getAttribute('fill')))"
    )
    assert {"#111111", "#222222", "#333333"} <= set(fills[0])  # categorical
    assert {"rgb(1, 1, 1)", "rgb(10, 10, 10)"} <= set(fills[1])  # sequential
    assert {"rgb(160, 0, 0)", "rgb(0, 208, 0)"} <= set(fills[2])  # diverging

    header = page.locator('[data-testid="stDataFrameResizable"] canvas').last
    grid = page.locator("canvas[data-testid='data-grid-canvas']")
    page.wait_for_function(  # until both canvases are painted
        f"() => [...document.querySelectorAll('[data-testid=stDataFrameResizable] "
        f"canvas')].every(c => ({PIXELS})(c).length > 2)",
        timeout=BROWSER_WAIT_MS,
    )
    header_colours = header.evaluate(PIXELS)
    assert header_colours[0] == "rgb(255, 0, 0)"  # dataframeHeaderBackgroundColor
    assert {"rgb(0, 0, 255)", "rgb(0, 255, 0)"} <= set(header_colours)  # text, border
    assert grid.evaluate(PIXELS)[1] == "rgb(0, 255, 0)"  # dataframeBorderColor


# --8<-- [end:test_dataframe_and_chart_colours]


# --8<-- [start:test_the_page_names_every_option_it_does_not_check]
CHECKED = {"base", "fontFaces", "buttonRadius", "backgroundColor", "textColor"}
CHECKED |= {"primaryColor", "secondaryBackgroundColor", "linkColor", "linkUnderline"}
CHECKED |= {"codeTextColor", "codeBackgroundColor", "redTextColor", "borderColor"}
CHECKED |= {"blueBackgroundColor", "baseRadius", "font", "headingFont", "baseFontSize"}
CHECKED |= {f"{c}TextColor" for c in ["orange", "yellow", "green", "violet", "gray"]}
CHECKED |= {f"{c}BackgroundColor" for c in ["orange", "yellow", "green", "violet"]}
CHECKED |= {"grayBackgroundColor", "redBackgroundColor", "blueTextColor", "blueColor"}
CHECKED |= {"baseFontWeight", "headingFontSizes", "headingFontWeights", "codeFont"}
CHECKED |= {"codeFontSize", "codeFontWeight", "metricValueFontSize", "paddingTop"}
CHECKED |= {"metricValueFontWeight", "paddingBottom", "showWidgetBorder"}
CHECKED |= {f"{c}Color" for c in ["red", "orange", "yellow", "green", "violet", "gray"]}
CHECKED |= {"showSidebarBorder", "dataframeHeaderBackgroundColor"}
CHECKED |= {"dataframeHeaderTextColor", "dataframeBorderColor"}
CHECKED |= {"chartCategoricalColors", "chartSequentialColors", "chartDivergingColors"}


def test_the_page_names_every_option_it_does_not_check():
    """The tests above read the CHECKED options in Chromium; the page's list
    of the others must name every one, so a new option cannot hide."""
    page = (REPO / "docs/configuration/theming.md").read_text()
    listed = re.search(r"Options this page does not check.*?\n\n", page, re.S)[0]
    options = config.get_config_options()
    top = [k.split(".")[1] for k in options if re.fullmatch(r"theme\.\w+", k)]
    unchecked = [name for name in top if name not in CHECKED]
    assert [name for name in unchecked if f"`{name}`" not in listed] == []
    assert [name for name in CHECKED if f"`{name}`" in listed] == []


# --8<-- [end:test_the_page_names_every_option_it_does_not_check]


# --8<-- [start:test_without_a_theme_the_browser_picks_light_or_dark]
@pytest.mark.browser
@pytest.mark.parametrize(
    ("scheme", "background", "text", "primary"),
    [
        ("light", "rgb(255, 255, 255)", "rgb(47, 45, 43)", "rgb(197, 57, 72)"),
        ("dark", "rgb(23, 22, 20)", "rgb(237, 235, 232)", "rgb(207, 66, 80)"),
    ],
)
@pytest.mark.changed_since_2024
def test_without_a_theme_the_browser_picks_light_or_dark(
    serve, browser, scheme, background, text, primary
):
    """With no theme.base, the frontend follows prefers-color-scheme; the
    defaults are those `streamlit config show` names (#c53948, #cf4250, ...).
    st.context.theme.type reports the same, from the second run on."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(serve(f"{PAGE}/theme_type.py"))
    check = page.get_by_role("button", name="Check again")
    expect(check).to_be_visible(timeout=BROWSER_WAIT_MS)
    got = styles(page, {k: ELEMENTS[k] for k in ("app", "heading", "button")})
    assert got["app"]["backgroundColor"] == background
    assert got["heading"]["color"] == text
    assert got["button"]["backgroundColor"] == primary
    assert got["heading"]["fontFamily"] == '"Source Sans", sans-serif'

    check.click()
    expect(page.get_by_text(f"Theme type: {scheme}")).to_be_visible()
    context.close()


# --8<-- [end:test_without_a_theme_the_browser_picks_light_or_dark]


# --8<-- [start:test_a_colour_that_is_not_a_colour_falls_back_silently]
@pytest.mark.browser
def test_a_colour_that_is_not_a_colour_falls_back_silently(serve, page):
    """The frontend's theme parser rejects the value and keeps the default;
    only the browser's console says so, not the page or the server."""
    console = []
    page.on("console", lambda message: console.append(message.text))
    url = serve(f"{PAGE}/not_a_colour/app.py")
    page.goto(url)
    expect(page.get_by_role("button", name="Order")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    button = styles(page, {"button": ELEMENTS["button"]})["button"]
    assert button["backgroundColor"] == "rgb(197, 57, 72)"  # the light default
    assert 'Invalid color passed for primaryColor in theme: "bakery red"' in console
    assert "bakery red" not in serve.log(url)
    expect(page.get_by_test_id("stException")).to_have_count(0)


# --8<-- [end:test_a_colour_that_is_not_a_colour_falls_back_silently]


# --8<-- [start:test_a_font_file_from_static_is_used]
@pytest.mark.browser
def test_a_font_file_from_static_is_used(serve, page, tmp_path):
    """theme.fontFaces becomes @font-face rules; the file comes from the app's
    static folder. The test supplies the file, Liberation Serif renamed, in a
    folder of links to the snippet's files (so coverage sees the snippet run)."""
    app = tmp_path / "own_font"
    (app / "static").mkdir(parents=True)
    for name in "app.py", ".streamlit":
        (app / name).symlink_to(SNIPPETS / PAGE / "own_font" / name)
    shutil.copy(FONT, app / "static" / "bakery-serif.ttf")

    with page.expect_response("**/app/static/bakery-serif.ttf") as font:
        page.goto(serve(str(app / "app.py")))
    assert font.value.status == 200
    expect(page.get_by_text("the bakery's own font")).to_be_visible(
        timeout=BROWSER_WAIT_MS
    )
    text = styles(page, {"text": ELEMENTS["text"]})["text"]
    assert text["fontFamily"].startswith('"Bakery Serif"')
    loaded = page.evaluate(
        "document.fonts.ready.then(() => document.fonts.check('16px \"Bakery Serif\"'))"
    )
    assert loaded


# --8<-- [end:test_a_font_file_from_static_is_used]
