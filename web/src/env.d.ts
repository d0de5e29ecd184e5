declare module "virtual:world" {
  export const MAP_W: number;
  export const MAP_H: number;
  export const LAND: string;
  export const BORDERS: string;
  export const GRATICULE: string;
}
declare module "*.css";
