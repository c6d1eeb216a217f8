/** Appends value to the list under key (creating it): linear, unlike rebuilding the list each time. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): Map<K, V[]> {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
  return map;
}
