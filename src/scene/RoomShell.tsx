/** Floor, three walls and the front counter: the empty room every station stands in. */
export function RoomShell() {
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position={[0, 0, 0]}>
        <planeGeometry args={[16, 12]} />
        <meshStandardMaterial color="#c9b79c" />
      </mesh>
      <mesh position={[0, 2, -6]}>
        <boxGeometry args={[16, 4, 0.2]} />
        <meshStandardMaterial color="#e9dcc3" />
      </mesh>
      <mesh position={[-8, 2, 0]}>
        <boxGeometry args={[0.2, 4, 12]} />
        <meshStandardMaterial color="#dfe8e4" />
      </mesh>
      <mesh position={[8, 2, 0]}>
        <boxGeometry args={[0.2, 4, 12]} />
        <meshStandardMaterial color="#dfe8e4" />
      </mesh>
      <mesh position={[0, 0.55, 2]}>
        <boxGeometry args={[9, 1.1, 0.9]} />
        <meshStandardMaterial color="#2f6f6a" />
      </mesh>
    </group>
  );
}
