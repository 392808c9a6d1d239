SELECT has([1, 2, 3], 2), has([1, 2, 3], 5), indexOf([10, 20, 30], 20), indexOf([10, 20], 99);
SELECT length([1, 2, 3]), empty([]), notEmpty([1]), arrayElement([1, 2, 3], 2), [1, 2, 3][3], [1, 2, 3][5], [1, 2, 3][-1];
SELECT arrayConcat([1, 2], [3]), arrayReverse([1, 2, 3]), arraySort([3, 1, 2]), arrayReverseSort([3, 1, 2]), arrayDistinct([1, 1, 2]);
SELECT range(5), range(2, 5), arraySum([1, 2, 3]), arrayMin([4, 2, 8]), arrayMax([4, 2, 8]);
SELECT arraySlice([1, 2, 3, 4, 5], 2, 3), arrayPushBack([1], 2), arrayPushFront([1], 0), arrayPopBack([1, 2]), arrayUniq([1, 2, 2]);
SELECT hasAll([1, 2, 3], [1, 3]), hasAny([1, 2], [5, 2]), countEqual([1, 2, 1], 1), arrayCompact([1, 1, 2, 2, 1]);
