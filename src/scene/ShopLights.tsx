/**
 * Warm shop lighting with no shadow maps: a hemisphere light (warm ceiling, pale floor bounce, so
 * walls and ceiling stay light), a key light from the front right and a warm back light so walls
 * facing away from the key are not dull.
 */
export function ShopLights() {
  return (
    <>
      <hemisphereLight args={['#fff5e6', '#e6d8c0', 2.6]} />
      <directionalLight position={[3, 7, 5]} intensity={1.3} color="#ffe6c4" />
      <directionalLight position={[-3, 5, -6]} intensity={0.7} color="#ffeedd" />
    </>
  );
}
