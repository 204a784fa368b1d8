// Series colours of the dashboard's charts: the brand teal at three clearly
// different lightnesses, so series stay apart in greyscale; every bar also
// carries its number as a text label, and every chart has a table.
export const SERIES_COLOURS = ["#124741", "#3f8f85", "#9fd0c9"] as const;
export const TARGET_COLOUR = "#8a5200";
export const GRID_COLOUR = "#e5e7eb";
export const TEXT_COLOUR = "#111827";
