// The copy and check marks of a copy button (Material Icons, Apache-2.0, 24-unit paths):
// st.code's, in the page's own code, and the element toolbar's (tool_icons.js has the rest,
// which only the lazy chunks take).
export const COPY = 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z';
export const CHECK = 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z';
