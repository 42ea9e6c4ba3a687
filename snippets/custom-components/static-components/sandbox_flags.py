import streamlit as st
import streamlit.components.v1 as components

st.title("What the frame may do")

# The script reports what it could do, inside the frame.
components.html(
    """
    <p id="script">Scripts are off.</p>
    <p id="top"></p>
    <script>
      document.getElementById("script").textContent = "Scripts run.";
      try {
        window.top.location.href = "https://example.com/";
        document.getElementById("top").textContent = "Left the app.";
      } catch (error) {
        document.getElementById("top").textContent = "Top navigation: " + error.name;
      }
    </script>
    """,
    height=100,
)
