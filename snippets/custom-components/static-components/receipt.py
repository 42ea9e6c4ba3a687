import streamlit as st
import streamlit.components.v1 as components

st.title("Your order")

# A script in the HTML runs: it adds up the lines of the receipt.
components.html(
    """
    <ul id="lines">
      <li data-price="4.50">Soup</li><li data-price="2.25">Bread</li>
      <li data-price="3.00">Salad</li><li data-price="1.75">Lemonade</li>
    </ul>
    <p id="total"></p>
    <script>
      const prices = [...document.querySelectorAll("li")].map(li => +li.dataset.price);
      const total = prices.reduce((a, b) => a + b, 0);
      document.getElementById("total").textContent = "Total: " + total.toFixed(2);
    </script>
    """,
    width=300,
    height=120,  # less than the receipt needs: scroll to see the total
    scrolling=True,
)

# No size given: the full width of the app, 150 pixels high, no scrollbar.
components.html("<p>Thank you for your order!</p>")
