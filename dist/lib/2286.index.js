export const id = 2286;
export const ids = [2286];
export const modules = {

/***/ 22286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRadarServices: () => (/* reexport safe */ _chunk_I5DQTOEV_mjs__WEBPACK_IMPORTED_MODULE_0__.f)
/* harmony export */ });
/* harmony import */ var _chunk_I5DQTOEV_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41631);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
