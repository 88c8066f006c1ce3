fn main() {
    pathfinder_app::run()
}
