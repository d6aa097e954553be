export const id = 1846;
export const ids = [1846];
export const modules = {

/***/ 41846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRadarServices: () => (/* reexport safe */ _chunk_I5DQTOEV_mjs__WEBPACK_IMPORTED_MODULE_0__.f)
/* harmony export */ });
/* harmony import */ var _chunk_I5DQTOEV_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88919);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78869);





/***/ })

};
