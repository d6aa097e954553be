export const id = 4542;
export const ids = [4542];
export const modules = {

/***/ 84542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPacketServices: () => (/* reexport safe */ _chunk_UY3FDG6J_mjs__WEBPACK_IMPORTED_MODULE_0__.$)
/* harmony export */ });
/* harmony import */ var _chunk_UY3FDG6J_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24192);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40877);





/***/ })

};
