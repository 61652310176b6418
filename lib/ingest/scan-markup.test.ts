import { describe, expect, it } from "vitest";
import { scanMarkup } from "./scan-markup";

describe("scanMarkup depth", () => {
  it.each<[string, string, number]>([
    ["flat paragraphs", "<p>a</p><p>b</p>", 1],
    ["nested divs", "<div><div><div>x</div></div></div>", 3],
    ["void elements do not nest", "<div><br><img src=x><hr><input></div>", 1],
    ["unclosed <p> siblings close each other", "<p>a<p>b<p>c".repeat(100), 1],
    ["unclosed <li> siblings", `<ul>${"<li>x".repeat(500)}</ul>`, 2],
    ["table cells", `<table><tr><td>a<td>b<tr><td>c</table>`, 3],
    ["a block closes an open <p>", "<p>a<div>b</div>", 1],
    ["a stray end tag is ignored", `${"<div></span>".repeat(300)}`, 300],
    ["an end tag closes what was opened inside", `${"<div><span>x</div>".repeat(1000)}`, 2],
    ["tags in comments do not count", `<!-- ${"<div>".repeat(500)} -->`, 0],
    ["tags in scripts do not count", `<script>var s = "${"<div>".repeat(500)}";</script>`, 0],
    ["tags in a title do not count", `<title>${"<div>".repeat(500)}</title><p>x</p>`, 1],
    ["a quoted > inside an attribute", `<div title="a>b"><div>x</div></div>`, 2],
    ["upper-case tags", "<DIV><Div>x</dIV></DIV>", 2],
    ["5,000 nested divs", "<div>".repeat(5000), 5000],
    ["bare text", "nothing here", 0],
  ])("%s", (_name, html, depth) => {
    expect(scanMarkup(html).depth).toBe(depth);
  });
});

describe("scanMarkup inert parts", () => {
  it.each<[string, string, string]>([
    ["comment", "a<!-- hidden <p>x</p> -->b", "a b"],
    ["script", "a<script>alert('<p>')</script>b", "a b"],
    ["style and svg", "a<style>.x{}</style><svg><path/></svg>b", "a  b"],
    ["an unclosed script runs to the end", "a<script>alert(1)<p>never", "a "],
    ["a similar name is kept", "<scripts>a</scripts>", "<scripts>a</scripts>"],
    ["noscript and template", "<noscript>n</noscript><template><p>t</p></template>k", "  k"],
  ])("%s", (_name, html, kept) => {
    expect(scanMarkup(html).html).toBe(kept);
  });

  it("counts elements outside the inert parts", () => {
    expect(scanMarkup("<p>a</p><script><b></b></script><div><br></div>").elements).toBe(3);
  });

  // 2 MB of unclosed <script> tags or comments: the old regex rescanned to the end from
  // each one (minutes); a linear pass takes milliseconds, well inside the test timeout.
  it.each(["<script>", "<!--", "<div x='", "<title>"])("finishes on 2 MB of unclosed %s", (piece) => {
    const html = piece.repeat(Math.floor((2 * 1024 * 1024) / piece.length));
    expect(scanMarkup(html).depth).toBeLessThanOrEqual(1);
  });
});
