"""A practice's replication lineage as a tree, laid out for a server-drawn SVG and for a list.

Layout: the origin practice is the root at depth 0; each adaptation sits one level below
the adaptation (or practice) it was adapted from. Coordinates are in SVG user units.
"""

from dataclasses import dataclass, field

NODE_WIDTH = 180
NODE_HEIGHT = 48
GAP_X = 24
GAP_Y = 40


@dataclass
class Node:
    """One box of the tree: the practice (adaptation None) or one adaptation."""

    label: str
    year: int | None
    adaptation: object = None
    children: list["Node"] = field(default_factory=list)
    x: int = 0
    y: int = 0
    depth: int = 0

    @property
    def centre(self):
        return self.x + NODE_WIDTH // 2

    @property
    def status_label(self):
        return self.adaptation.get_status_display() if self.adaptation else ""


@dataclass
class Tree:
    root: Node
    nodes: list[Node]
    edges: list[tuple[Node, Node]]
    width: int
    height: int

    def __bool__(self):
        return len(self.nodes) > 1


def build(practice, adaptations):
    """The tree of `adaptations` (already loaded) under `practice`; unknown parents attach to the root."""
    root = Node(label=practice.title, year=practice.year_introduced)
    by_key = {a.key: Node(label=a.name, year=a.year, adaptation=a) for a in adaptations}
    for node in by_key.values():
        parent = by_key.get(node.adaptation.adapted_from, root)
        parent.children.append(node)
    for node in [root, *by_key.values()]:
        node.children.sort(key=lambda child: (child.year or 0, child.label))
    nodes, edges = [], []
    leaves = [0]

    def place(node, depth):
        node.depth = depth
        node.y = depth * (NODE_HEIGHT + GAP_Y)
        nodes.append(node)
        if not node.children:
            node.x = leaves[0] * (NODE_WIDTH + GAP_X)
            leaves[0] += 1
            return
        for child in node.children:
            place(child, depth + 1)
            edges.append((node, child))
        node.x = (node.children[0].x + node.children[-1].x) // 2

    place(root, 0)
    width = max(1, leaves[0]) * (NODE_WIDTH + GAP_X) - GAP_X
    height = (max(node.depth for node in nodes) + 1) * (NODE_HEIGHT + GAP_Y) - GAP_Y
    return Tree(root=root, nodes=nodes, edges=edges, width=width, height=height)
