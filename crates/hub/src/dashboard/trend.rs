//! Readiness over time: practices by level at the end of each of the last twelve weeks.

use axum::extract::State;
use maud::html;
use std::sync::Arc;

use time::{Date, OffsetDateTime};

use super::auth::SignedIn;
use super::components::{Table, cell, hatch_pattern, level_label, row_header, t};
use super::layout::{PageResult, Section, staff_page};
use super::summary::{LEVELS, levels_by_ccg};
use crate::{Hub, LevelsByCcg};

/// Practices by CCG and level at the end of `day`. Today's come from each practice's newest report; a day past is
/// worked out once and kept, since reports are dated when the hub receives them and so never land on a day past.
async fn levels_on(hub: &Hub, day: Date, today: Date) -> Result<Arc<LevelsByCcg>, crate::ApiError> {
    if day >= today {
        let mut counts = LevelsByCcg::new();
        for (ccg, level, n) in hub.db.latest_level_counts(&today.to_string()).await? {
            let at = LEVELS.iter().position(|l| *l == level).expect("LEVELS holds every level");
            counts.entry(ccg).or_default()[at] += usize::try_from(n).unwrap_or(0);
        }
        return Ok(Arc::new(counts));
    }
    if let Some(kept) = hub.trend_days.lock().expect("trend lock").get(&day) {
        return Ok(kept.clone());
    }
    let levels: Vec<_> =
        hub.db.practice_levels_on(&day.to_string()).await?.into_iter().map(|(_, level)| level).collect();
    let counted = Arc::new(levels_by_ccg(&levels, day));
    let mut kept = hub.trend_days.lock().expect("trend lock");
    // Only the weeks the page shows are kept: a day older than twelve weeks is not asked for again.
    kept.retain(|kept_day, _| today - *kept_day <= time::Duration::weeks(12));
    kept.insert(day, counted.clone());
    Ok(counted)
}

/// One level's part of a week's bar.
struct Segment {
    y: f64,
    height: f64,
    fill: &'static str,
}

/// Stacked bars with their counts written in, and the same figures as a table.
pub async fn trend(State(hub): State<Hub>, session: SignedIn) -> PageResult {
    let l = &hub.l10n;
    let today = OffsetDateTime::now_utc().date();
    let dates: Vec<Date> = (0..12).rev().map(|weeks| today - time::Duration::weeks(weeks)).collect();
    let days: Vec<String> = dates.iter().map(Date::to_string).collect();
    let mut counts = Vec::with_capacity(dates.len());
    for &day in &dates {
        let by_ccg = levels_on(&hub, day, today).await?;
        let mut count = [0usize; 5];
        for (_, levels) in by_ccg.iter().filter(|(ccg, _)| session.user.sees(ccg)) {
            count.iter_mut().zip(levels).for_each(|(total, n)| *total += n);
        }
        counts.push(count);
    }
    let most = counts.iter().map(|c| c.iter().sum::<usize>()).max().unwrap_or(0).max(1) as f64;
    // In `LEVELS` order: not started, in progress, on track, at risk, ready.
    let fills = ["#aeb7bd", "#005eb8", "url(#pf-dots)", "url(#pf-hatch)", "#007f3b"];
    let (bar, gap, height) = (52.0, 12.0, 200.0);
    // Each week's bar from the bottom up, ready first: the top of the bar, and its segments.
    let bars: Vec<(f64, Vec<Segment>)> = counts
        .iter()
        .map(|count| {
            let mut top = 20.0 + height;
            let segments = count
                .iter()
                .zip(fills)
                .rev()
                .map(|(n, fill)| {
                    let h = height * *n as f64 / most;
                    top -= h;
                    Segment { y: top, height: h, fill }
                })
                .collect();
            (top, segments)
        })
        .collect();
    let columns: Vec<&str> =
        std::iter::once("hub-col-week-ending").chain(LEVELS.map(|level| level_label(Some(level)))).collect();
    let table = Table { id: "pf-trend", caption: "hub-trend-caption", caption_hidden: false, columns: &columns };
    let title = t(l, "hub-trend-heading");
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-trend-lede")) }
        // SVG elements are closed explicitly: the HTML parser does not treat `<rect>` as empty.
        svg class="pf-chart" role="img" aria-labelledby="pf-trend-title" viewBox={ "0 0 " (12.0 * (bar + gap) + gap) " " (height + 60.0) } width=(12.0 * (bar + gap) + gap) {
            title id="pf-trend-title" { (t(l, "hub-trend-chart-title")) }
            (hatch_pattern())
            @for (i, ((count, day), (top, segments))) in counts.iter().zip(&days).zip(&bars).enumerate() {
                @let x = gap + i as f64 * (bar + gap);
                @for segment in segments {
                    rect x=(x) y=(segment.y) width=(bar) height=(segment.height) fill=(segment.fill) stroke="#212b32" {}
                }
                text x=(x + bar / 2.0) y=(top - 4.0) text-anchor="middle" class="pf-chart-label" { (count.iter().sum::<usize>()) }
                text x=(x + bar / 2.0) y=(height + 40.0) text-anchor="middle" class="pf-chart-label" { (day.get(5..).unwrap_or(day)) }
            }
        }
        p class="nhsuk-body-s" { (t(l, "hub-trend-key")) }
        (table.scrolling(l, html! {
            @for (count, day) in counts.iter().zip(&days) {
                tr class="nhsuk-table__row" {
                    (row_header(day))
                    @for n in count { (cell(n)) }
                }
            }
        }))
    };
    Ok(staff_page(l, &title, &session, Section::Trend, body))
}
