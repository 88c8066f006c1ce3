fn main() {
    pathfinder::run()
}
