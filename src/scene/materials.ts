import { MeshLambertMaterial } from 'three';

/**
 * The one material every painted (vertex-coloured) piece shares. Lambert is the cheapest lit
 * material that still looks warm under a hemisphere light, which suits weak integrated GPUs.
 */
export const paintedMaterial = new MeshLambertMaterial({ vertexColors: true, name: 'painted' });
