//! Mounts the planner. Everything else is in the library.

fn main() {
    rigplan_app::start();
}
