export default function ({ parentElement, data, setStateValue }) {
  parentElement.querySelector(".greeting").textContent = `Hello, ${data.name}!`;
  let waves = 0;
  parentElement.querySelector("button").onclick = () => {
    waves += 1;
    setStateValue("waves", waves);
  };
}
