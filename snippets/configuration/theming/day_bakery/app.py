import streamlit as st

st.title("Day bakery")
st.header("Today")
st.write("Open from `06:00`.")
st.markdown(
    ":orange[a] :yellow[b] :green[c] :violet[d] :gray[e] :blue[f] "
    ":orange-background[g] :yellow-background[h] :green-background[i] "
    ":violet-background[j] :gray-background[k] :red-background[l]"
)
st.markdown(":blue-badge[Fresh]")  # no blueBackgroundColor: made from blueColor
st.metric("Loaves sold", 120)
st.text_input("Your order")
st.sidebar.write("Open daily")
