// A diagram shrinks to fit its column, but never below 5/8 of its natural size
// (16 px text stays at least 10 px); past that it scrolls sideways (extra.css).
// Material renders each diagram with mermaid.render: set the minimum there.
(function () {
  const render = mermaid.render.bind(mermaid);
  mermaid.render = async (...args) => {
    const out = await render(...args);
    const svg = out.svg.replace(
      /(<svg[^>]*style="max-width: )([\d.]+)px;/,
      (all, start, width) => `${all} min-width: ${width * 0.625}px;`,
    );
    return { ...out, svg };
  };
})();
