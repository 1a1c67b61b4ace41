# Not from the docs: markdown_links in a run that streams (a pause before the component and
# after it), as a slow or loaded machine streams any run. The component's script must still
# run once the run is drawn, with the links below it there.
import time

import streamlit as st

JS = """
export default function(component) {
    const links = document.querySelectorAll('a[href="#later"]');
    links.forEach((link) => { link.dataset.handled = 'yes'; });
    component.setStateValue('links', links.length);
}
"""

time.sleep(0.3)
result = st.components.v2.component("streamed_links", js=JS)(on_links_change=lambda: None)
time.sleep(0.3)
st.markdown("Drawn [later](#later) than the component.")
st.write(f"links seen: {result.links}")
