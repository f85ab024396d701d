//! Charts as SVG text. plotters' SVG backend draws the geometry (coordinates, grid,
//! series); the labels are written here as `<text>` at positions plotters maps. That split
//! is deliberate: on wasm, plotters measures every label by inserting a DOM element and
//! reading `offsetHeight`, a forced layout per label that made each input change cost
//! 10-16 ms. Labels are numbers, fixed strings or [`label`]-sanitised names, so nothing a
//! user typed reaches the SVG.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use rigplan_core::tco::MonthPoint;
use std::fmt::Write;

/// Chart size in SVG user units (the SVG scales to its container).
pub const SIZE: (u32, u32) = (640, 300);

const OWN: RGBColor = RGBColor(0x1f, 0x6f, 0xb5);
const CLOUD: RGBColor = RGBColor(0xc2, 0x5b, 0x12);
const API: RGBColor = RGBColor(0x2e, 0x7d, 0x32);
const GRID: RGBColor = RGBColor(0xe4, 0xe4, 0xe4);
const AXIS: RGBColor = RGBColor(0x88, 0x88, 0x88);

/// Keeps letters, digits and a few punctuation marks; anything else becomes a space.
pub fn label(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .,+-/()x".contains(c) {
                c
            } else {
                ' '
            }
        })
        .take(40)
        .collect()
}

/// A round step giving about `n` ticks up to `max`, and the axis top (a multiple of it).
fn ticks(max: f64, n: f64) -> (f64, f64) {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / n;
    // The power of ten at or below `raw`, by steps (`powf` and `log10` would link about
    // 2 KB of libm into the page for this one line).
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    while mag > raw && mag > 1e-300 {
        mag /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    (step, (max / step).ceil() * step)
}

/// Short tick text: 2500 -> 2.5k, 1500000 -> 1.5M.
fn short(v: f64) -> String {
    let a = v.abs();
    let (x, unit) = if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e3 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let s = format!("{x:.1}");
    format!("{}{unit}", s.trim_end_matches('0').trim_end_matches('.'))
}

/// Text elements collected while drawing, appended before `</svg>`.
#[derive(Default)]
struct Labels(String);

impl Labels {
    fn text(&mut self, (x, y): (i32, i32), anchor: &str, size: u32, extra: &str, s: &str) {
        // A fill given in `extra` replaces the default grey (one attribute, no inline style:
        // the CSP allows no style attributes).
        let fill = if extra.contains("fill=") {
            ""
        } else {
            r##" fill="#444""##
        };
        let _ = write!(
            self.0,
            r##"<text x="{x}" y="{y}" text-anchor="{anchor}" font-family="sans-serif" font-size="{size}"{fill}{extra}>{s}</text>"##
        );
    }
    fn into_svg(self, svg: String) -> String {
        match svg.rfind("</svg>") {
            Some(i) => format!("{}{}{}", &svg[..i], self.0, &svg[i..]),
            None => svg,
        }
    }
}

/// One line of the cost chart: name, colour, value of a month.
type Line = (&'static str, RGBColor, fn(&MonthPoint) -> f64);

/// The message of a drawing error. Drawing into a `String` has no I/O to fail; the
/// error's own text is not kept because formatting it links an `io::Error` formatter.
fn failed<E>(_: E) -> String {
    "the chart could not be drawn".into()
}

/// A plot area with data coordinates: plotters maps (x, y) to SVG pixels.
type Plot<'a> = DrawingArea<SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Draws one element in data coordinates.
fn line(plot: &Plot, points: Vec<(f64, f64)>, style: impl Into<ShapeStyle>) -> Result<(), String> {
    plot.draw(&PathElement::new(points, style)).map_err(failed)
}

/// Grid lines and tick labels for both axes, plus the axis titles.
fn axes(
    chart: &Plot,
    l: &mut Labels,
    (x_step, x_max): (f64, f64),
    (y_step, y_max): (f64, f64),
    titles: (&str, &str),
) -> Result<(), String> {
    let mut y = 0.0;
    while y <= y_max + y_step * 0.01 {
        line(chart, vec![(0.0, y), (x_max, y)], GRID)?;
        // No y tick labels without a y title: the bar chart's rows are not a scale.
        if !titles.1.is_empty() {
            let (px, py) = chart.map_coordinate(&(0.0, y));
            l.text((px - 6, py + 4), "end", 12, "", &short(y));
        }
        y += y_step;
    }
    // A step wider than the axis: the caller labels x itself.
    let mut x = if x_step > x_max { f64::INFINITY } else { 0.0 };
    while x <= x_max + x_step * 0.01 {
        let (px, py) = chart.map_coordinate(&(x, 0.0));
        l.text((px, py + 16), "middle", 12, "", &short(x));
        x += x_step;
    }
    line(chart, vec![(0.0, 0.0), (x_max, 0.0)], AXIS)?;
    line(chart, vec![(0.0, 0.0), (0.0, y_max)], AXIS)?;
    let (x0, y0) = chart.map_coordinate(&(0.0, 0.0));
    let (x1, y1) = chart.map_coordinate(&(x_max, y_max));
    l.text(((x0 + x1) / 2, y0 + 34), "middle", 13, "", titles.0);
    let mid = (y0 + y1) / 2;
    l.text(
        (14, mid),
        "middle",
        13,
        &format!(r#" transform="rotate(-90 14 {mid})""#),
        titles.1,
    );
    Ok(())
}

fn frame(svg: &mut String, size: (u32, u32)) -> DrawingArea<SVGBackend<'_>, Shift> {
    SVGBackend::with_string(svg, size).into_drawing_area()
}

/// A white frame with a 0..x_max by 0..y_max plot area: a 14-unit margin, plus 38 units
/// below for the x tick labels and `left` units for the y tick labels. (Built by hand, not
/// with plotters' `ChartBuilder`, whose label-area layout code costs 4 KB of wasm here.)
fn cartesian<'b>(
    root: &DrawingArea<SVGBackend<'b>, Shift>,
    x_max: f64,
    y_max: f64,
    left: i32,
) -> Result<Plot<'b>, String> {
    root.fill(&WHITE).map_err(failed)?;
    let area = root.margin(14, 14 + 38, 14 + left, 14);
    let (x, y) = area.get_pixel_range();
    // Pixel rows grow downwards: y runs from the bottom edge up.
    let pixels = (x.start..x.end - 1, y.end - 1..y.start);
    Ok(
        area.apply_coord_spec(Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
            0f64..x_max,
            0f64..y_max,
            pixels,
        )),
    )
}

/// Decode speed against KV depth: `points` are (depth in tokens, tokens/s).
pub fn decode_vs_depth(points: &[(f64, f64, f64, f64)]) -> String {
    let mut svg = String::new();
    let mut l = Labels::default();
    let x_max = points.iter().map(|p| p.0).fold(1.0, f64::max);
    // The x axis ends where the context ends; ticks at round steps below it.
    let x = (ticks(x_max, 6.0).0, x_max);
    let y = ticks(points.iter().map(|p| p.3).fold(0.0, f64::max) * 1.05, 5.0);
    let drawn = (|| -> Result<(), String> {
        let root = frame(&mut svg, SIZE);
        let chart = cartesian(&root, x.1, y.1, 58)?;
        axes(
            &chart,
            &mut l,
            x,
            y,
            ("KV depth (tokens)", "decode tokens/s"),
        )?;
        // The 80% band (high edge out, low edge back), then the estimate.
        let band: Vec<(f64, f64)> = points
            .iter()
            .map(|p| (p.0, p.3))
            .chain(points.iter().rev().map(|p| (p.0, p.2)))
            .collect();
        chart
            .draw(&Polygon::new(band, OWN.mix(0.15).filled()))
            .map_err(failed)?;
        line(
            &chart,
            points.iter().map(|p| (p.0, p.1)).collect(),
            OWN.stroke_width(2),
        )?;
        root.present().map_err(failed)
    })();
    if drawn.is_err() {
        String::new()
    } else {
        l.into_svg(svg)
    }
}

/// A serving curve: `points` are (concurrent sequences, value); the workload's `target`
/// is drawn as a dashed level. The y axis is titled `y_title`.
pub fn serving(points: &[(f64, f64)], target: f64, y_title: &str) -> String {
    let mut svg = String::new();
    let mut l = Labels::default();
    let x_max = points.iter().map(|p| p.0).fold(1.0, f64::max);
    let x = (ticks(x_max, 6.0).0, x_max);
    let top = points.iter().map(|p| p.1).fold(target, f64::max);
    let y = ticks(top * 1.1, 5.0);
    let drawn = (|| -> Result<(), String> {
        let root = frame(&mut svg, SIZE);
        let chart = cartesian(&root, x.1, y.1, 58)?;
        axes(&chart, &mut l, x, y, ("concurrent sequences", y_title))?;
        if target > 0.0 {
            // Dashes: short segments along the target level.
            let mut a = 0.0;
            while a < x.1 {
                line(
                    &chart,
                    vec![(a, target), ((a + x.1 / 60.0).min(x.1), target)],
                    CLOUD.stroke_width(2),
                )?;
                a += x.1 / 30.0;
            }
            let (px, py) = chart.map_coordinate(&(x.1, target));
            l.text((px - 4, py - 6), "end", 12, "", "target");
        }
        line(&chart, points.to_vec(), OWN.stroke_width(2))?;
        root.present().map_err(failed)
    })();
    if drawn.is_err() {
        String::new()
    } else {
        l.into_svg(svg)
    }
}

/// Cumulative cost per month: own, cloud, API.
pub fn tco(points: &[MonthPoint]) -> String {
    let mut svg = String::new();
    let mut l = Labels::default();
    let x = ticks(
        points.last().map_or(1.0, |p| f64::from(p.month).max(1.0)),
        10.0,
    );
    let top = points
        .iter()
        .map(|p| p.own_usd.max(p.cloud_usd).max(p.api_usd))
        .fold(0.0, f64::max);
    let y = ticks(top * 1.05, 5.0);
    let drawn = (|| -> Result<(), String> {
        let root = frame(&mut svg, SIZE);
        let chart = cartesian(&root, x.1, y.1, 58)?;
        axes(&chart, &mut l, x, y, ("month", "cumulative US$"))?;
        let series: [Line; 3] = [
            ("own", OWN, |p| p.own_usd),
            ("cloud", CLOUD, |p| p.cloud_usd),
            ("API", API, |p| p.api_usd),
        ];
        for (i, (name, color, get)) in series.into_iter().enumerate() {
            line(
                &chart,
                points
                    .iter()
                    .map(|p| (f64::from(p.month), get(p)))
                    .collect(),
                color.stroke_width(2),
            )?;
            // Legend, top left: a swatch drawn by plotters, the name written here.
            let (lx, ly) = chart.map_coordinate(&(0.0, y.1));
            let (sx, sy) = (lx + 12, ly + 14 + 18 * i as i32);
            root.draw(&PathElement::new(
                vec![(sx, sy), (sx + 18, sy)],
                color.stroke_width(3),
            ))
            .map_err(failed)?;
            l.text((sx + 24, sy + 4), "start", 13, "", name);
        }
        root.present().map_err(failed)
    })();
    if drawn.is_err() {
        String::new()
    } else {
        l.into_svg(svg)
    }
}

/// Horizontal bars, one per row of `bars` (name, value), on an axis titled `title`: decode
/// tokens/s per hardware choice, or how far each cost input must move to flip the verdict.
pub fn compare(bars: &[(String, f64)], title: &str) -> String {
    let mut svg = String::new();
    let mut l = Labels::default();
    let n = bars.len().max(1);
    let x = ticks(bars.iter().map(|b| b.1).fold(0.0, f64::max) * 1.1, 6.0);
    let height = (70 + 44 * n as u32).min(600);
    let drawn = (|| -> Result<(), String> {
        let root = frame(&mut svg, (SIZE.0, height));
        let chart = cartesian(&root, x.1, n as f64, 14)?;
        axes(&chart, &mut l, x, (n as f64, n as f64), (title, ""))?;
        for (i, (name, v)) in bars.iter().enumerate() {
            let y0 = (n - 1 - i) as f64 + 0.15;
            chart
                .draw(&Rectangle::new(
                    [(0.0, y0), (*v, y0 + 0.7)],
                    OWN.mix(0.8).filled(),
                ))
                .map_err(failed)?;
            let (px, py) = chart.map_coordinate(&(0.0, y0 + 0.35));
            let (end, _) = chart.map_coordinate(&(*v, y0));
            let text = format!("{}  {v:.1}", label(name));
            // White inside the bar when it fits (about 7 units a character at size 13),
            // dark just after the bar when it does not.
            let fits = (text.len() as i32) * 7 + 12 <= end - px;
            let (x, fill) = if fits {
                (px + 6, r##" fill="#fff""##)
            } else {
                (end + 6, r##" fill="#222""##)
            };
            l.text((x, py + 5), "start", 13, fill, &text);
        }
        root.present().map_err(failed)
    })();
    if drawn.is_err() {
        String::new()
    } else {
        l.into_svg(svg)
    }
}

/// Where `v` (> 0) sits on a decade scale: one unit a power of ten, linear within a
/// decade (a log scale without linking `log10`; ticks fall on the decades).
fn decade(v: f64) -> f64 {
    let (mut x, mut d) = (v.max(1.0), 0.0);
    while x >= 10.0 {
        x /= 10.0;
        d += 1.0;
    }
    d + (x - 1.0) / 9.0
}

/// Price against a figure for every machine: `points` are (price US$, value, meets the
/// targets); the Pareto frontier (each machine faster than every cheaper one) is joined.
/// The price axis gives each decade the same width.
pub fn pareto(points: &[(f64, f64, bool)], y_title: &str) -> String {
    let mut svg = String::new();
    let mut l = Labels::default();
    let lo = points
        .iter()
        .map(|p| decade(p.0).floor())
        .fold(f64::INFINITY, f64::min);
    let hi = points
        .iter()
        .map(|p| decade(p.0).ceil())
        .fold(0.0, f64::max);
    let lo = if lo.is_finite() { lo } else { 2.0 };
    let span = (hi - lo).max(1.0);
    let y = ticks(points.iter().map(|p| p.1).fold(0.0, f64::max) * 1.1, 5.0);
    let mut sorted: Vec<(f64, f64, bool)> = points.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.total_cmp(&a.1)));
    let mut frontier = Vec::new();
    let mut best = 0.0;
    for p in &sorted {
        if p.1 > best {
            best = p.1;
            frontier.push((decade(p.0) - lo, p.1));
        }
    }
    let drawn = (|| -> Result<(), String> {
        let root = frame(&mut svg, SIZE);
        let chart = cartesian(&root, span, y.1, 58)?;
        // The y grid and labels; the x labels are the decades.
        axes(
            &chart,
            &mut l,
            (span + 1.0, span),
            y,
            ("purchase price (each decade the same width)", y_title),
        )?;
        let mut d = 0.0;
        while d <= span + 0.01 {
            let (px, py) = chart.map_coordinate(&(d, 0.0));
            let mut v = 1.0;
            for _ in 0..(lo + d) as u32 {
                v *= 10.0;
            }
            l.text((px, py + 16), "middle", 12, "", &format!("${}", short(v)));
            d += 1.0;
        }
        line(&chart, frontier.clone(), OWN.stroke_width(2))?;
        for p in &sorted {
            let c = (decade(p.0) - lo, p.1);
            let style = if p.2 {
                OWN.filled()
            } else {
                AXIS.mix(0.6).filled()
            };
            let (dx, dy) = (span / 200.0, y.1 / 100.0);
            chart
                .draw(&Rectangle::new(
                    [(c.0 - dx, c.1 - dy), (c.0 + dx, c.1 + dy)],
                    style,
                ))
                .map_err(failed)?;
        }
        root.present().map_err(failed)
    })();
    if drawn.is_err() {
        String::new()
    } else {
        l.into_svg(svg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_labels() {
        let d = decode_vs_depth(&[
            (0.0, 130.0, 110.0, 150.0),
            (4096.0, 120.0, 100.0, 140.0),
            (8192.0, 110.0, 90.0, 130.0),
        ]);
        assert!(
            d.starts_with("<svg") && d.contains("KV depth") && d.ends_with("</svg>\n"),
            "{d}"
        );
        assert!(
            d.contains(">8k<") && d.contains(">150<"),
            "tick labels: {d}"
        );
        let pts: Vec<MonthPoint> = (0..=60)
            .map(|m| MonthPoint {
                month: m,
                own_usd: 2000.0 + 20.0 * f64::from(m),
                cloud_usd: 50.0 * f64::from(m),
                api_usd: 10.0 * f64::from(m),
            })
            .collect();
        let t = tco(&pts);
        assert!(t.contains(">cloud<") && t.contains(">API<") && t.contains(">own<"));
        let c = compare(
            &[("RTX <5090>".into(), 130.0), ("M3 Ultra".into(), 40.0)],
            "decode",
        );
        assert!(c.contains("RTX  5090") && !c.contains("<5090>"));
    }

    #[test]
    fn labels_are_inert_and_ticks_round() {
        assert_eq!(
            label("<script>alert(1)</script>"),
            " script alert(1) /script "
        );
        assert!(!label("\"><img onerror=x>").contains('<'));
        assert_eq!(ticks(137.0, 5.0), (50.0, 150.0));
        assert_eq!(short(12_000.0), "12k");
        assert_eq!(short(2.5), "2.5");
    }
}
