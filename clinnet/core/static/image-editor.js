// Image masking editor, progressive enhancement: without this file the author types the box
// (x, y, width, height) into the form. With it, dragging on the preview draws the box and
// fills those fields in the image's own pixels; the server burns the mask in as before.
(() => {
  const editor = document.querySelector(".image-editor");
  const form = document.getElementById("box-form");
  if (!editor || !form) {
    return;
  }
  const image = editor.querySelector("img");
  const naturalWidth = Number(editor.dataset.width);
  const naturalHeight = Number(editor.dataset.height);
  const field = (name) => form.querySelector(`input[name="${name}"]`);
  const marquee = document.createElement("div");
  marquee.className = "image-marquee";
  marquee.hidden = true;
  editor.appendChild(marquee);
  editor.classList.add("image-editor-active");
  let start = null;

  const point = (event) => {
    const rect = image.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - rect.left, 0), rect.width);
    const y = Math.min(Math.max(event.clientY - rect.top, 0), rect.height);
    return { x, y, rect };
  };

  const draw = (a, b) => {
    const left = Math.min(a.x, b.x);
    const top = Math.min(a.y, b.y);
    const width = Math.abs(a.x - b.x);
    const height = Math.abs(a.y - b.y);
    // Setting styles from script is allowed by the CSP (no inline style attributes are used).
    marquee.style.left = `${left + image.offsetLeft}px`;
    marquee.style.top = `${top + image.offsetTop}px`;
    marquee.style.width = `${width}px`;
    marquee.style.height = `${height}px`;
    marquee.hidden = false;
    const scaleX = naturalWidth / b.rect.width;
    const scaleY = naturalHeight / b.rect.height;
    field("x").value = Math.round(left * scaleX);
    field("y").value = Math.round(top * scaleY);
    field("w").value = Math.max(1, Math.round(width * scaleX));
    field("h").value = Math.max(1, Math.round(height * scaleY));
  };

  image.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    image.setPointerCapture(event.pointerId);
    start = point(event);
  });
  image.addEventListener("pointermove", (event) => {
    if (start) {
      draw(start, point(event));
    }
  });
  image.addEventListener("pointerup", (event) => {
    if (start) {
      draw(start, point(event));
      start = null;
      field("w").focus();
    }
  });
})();
