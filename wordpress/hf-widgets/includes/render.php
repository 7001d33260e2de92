<?php
/**
 * The server-side rendering of an element: its tag with the checked attributes, and inside it
 * the fallback that a reader sees before the script runs, without JavaScript, and when the
 * data fails (for the banner: the numbers as tel: links and a plain exit link).
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The markup of one element, for a block or a shortcode, with its script enqueued.
 *
 * @param string $element Element key (`hotline-banner` …).
 * @param array  $raw     Attribute values keyed by HTML attribute name, unchecked.
 * @param array  $options `preview`: true in the block editor's preview (quick exit is not armed
 *                        there, so that pressing Shift while writing cannot close the editor).
 * @return string
 */
function hf_widgets_render_element( $element, $raw, $options = array() ) {
	$elements = hf_widgets_elements();
	if ( ! isset( $elements[ $element ] ) ) {
		return '';
	}
	$site    = hf_widgets_site_document();
	$checked = hf_widgets_check_attributes( $element, $raw, $site['document'] );
	$attrs   = $checked['attributes'];
	$preview = ! empty( $options['preview'] );

	$locale   = $attrs['lang'] ?? hf_widgets_site_language();
	$fallback = null === $site['document'] ? array() : hf_widgets_fallback( $element, $site['document'], $attrs, $locale );

	$written = $attrs;
	if ( '' !== $site['src'] ) {
		$written['src'] = $site['src'];
	}
	if ( $preview && isset( $written['quick-exit'] ) ) {
		unset( $written['quick-exit'] );
		// A sticky banner in the editor would cover the other blocks.
		unset( $written['position'] );
	}
	$markup = '<' . $elements[ $element ]['tag'] . hf_widgets_attribute_html( $written ) . '>'
		. hf_widgets_nodes_html( $fallback )
		. '</' . $elements[ $element ]['tag'] . '>';

	if ( $preview && isset( $attrs['quick-exit'] ) ) {
		$markup = '<p class="hf-widgets-preview-note">' . esc_html__( 'Quick exit is on: the published post shows an "Exit this page" control and leaves on Shift pressed three times. It is off in the editor so that Shift cannot close it.', 'hf-widgets' ) . '</p>' . $markup;
	}
	if ( $checked['notices'] && hf_widgets_reader_may_edit() ) {
		$markup = hf_widgets_notice_html( $elements[ $element ]['tag'], $checked['notices'] ) . $markup;
		wp_enqueue_style( 'hf-widgets-editor-styles' );
	}
	hf_widgets_enqueue_element( $element );
	return $markup;
}

/**
 * Whether the person viewing may edit this post: only they see notices about its widgets.
 */
function hf_widgets_reader_may_edit() {
	$post_id = get_the_ID();
	return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
}

/**
 * The notice shown to editors above a widget whose attributes were refused.
 *
 * @param string   $tag     The element's tag.
 * @param string[] $notices What was refused.
 */
function hf_widgets_notice_html( $tag, $notices ) {
	$items = '';
	foreach ( $notices as $notice ) {
		$items .= '<li>' . esc_html( $notice ) . '</li>';
	}
	/* translators: %s: the element's tag, such as hf-hotline-banner */
	$heading = sprintf( __( 'HF widgets (%s): some settings were not used. Only people who can edit this post see this note.', 'hf-widgets' ), $tag );
	return '<div class="hf-widgets-notice" role="note"><p>' . esc_html( $heading ) . '</p><ul>' . $items . '</ul></div>';
}

/**
 * Attributes as HTML: `true` values as boolean attributes, the rest escaped.
 *
 * @param array<string, string|true> $attributes Checked attributes.
 */
function hf_widgets_attribute_html( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( ! preg_match( '/^[a-z][a-z-]*$/', $name ) ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( in_array( $name, array( 'src', 'href', 'exit-url' ), true ) ) {
			$html .= ' ' . $name . '="' . esc_url( $value ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * The fallback for one element as a small tree of nodes (see hf_widgets_nodes_html()).
 *
 * @param string $element  Element key.
 * @param array  $document The action document.
 * @param array  $attrs    Checked attributes.
 * @param string $locale   `en`, `sr-Cyrl` or `sr-Latn`.
 * @return array A list of nodes: a string is text, `array(tag, attributes, children…)` an element.
 */
function hf_widgets_fallback( $element, $document, $attrs, $locale ) {
	$title = hf_widgets_text( $document['title'] ?? '', $locale );
	switch ( $element ) {
		case 'hotline-banner':
			$nodes = array();
			$lines = hf_widgets_selected_hotlines( $document['hotlines'] ?? array(), $attrs['hotlines'] ?? '' );
			if ( $lines ) {
				$items = array();
				foreach ( $lines as $line ) {
					$items[] = array( 'li', array(), hf_widgets_text( $line['name'], $locale ) . ': ', array( 'a', array( 'href' => 'tel:' . $line['number'] ), $line['display'] ) );
				}
				$nodes[] = array_merge( array( 'ul', array() ), $items );
			}
			if ( isset( $attrs['quick-exit'] ) ) {
				$link    = array(
					'href'         => $attrs['exit-url'],
					'rel'          => 'noreferrer',
					'data-hf-exit' => '',
				);
				$nodes[] = array( 'p', array(), array( 'a', $link, hf_widgets_word( 'exit', $locale ) ) );
			}
			return $nodes;

		case 'budget-breakdown':
			$budget = $document['budget'] ?? null;
			if ( ! is_array( $budget ) ) {
				return array( array( 'p', array(), $title ) );
			}
			return array( array( 'p', array(), $title . '. ' . hf_widgets_word( 'budget', $locale ) . ': ' . hf_widgets_format_amount( $budget['amount'], $budget['currency'], $locale ) ) );

		case 'beneficiary-list':
			$groups = array();
			foreach ( $document['beneficiaries'] ?? array() as $group ) {
				if ( isset( $attrs['group'] ) && $group['id'] !== $attrs['group'] ) {
					continue;
				}
				$members = array( 'ul', array() );
				foreach ( $group['members'] ?? array() as $member ) {
					$members[] = array( 'li', array(), hf_widgets_text( $member['name'] ?? '', $locale ) );
				}
				$groups[] = array( 'li', array(), hf_widgets_text( $group['label'], $locale ), $members );
			}
			if ( ! $groups ) {
				return array( array( 'p', array(), $title ) );
			}
			return array( array( 'p', array(), hf_widgets_word( 'beneficiaries', $locale ) . ':' ), array_merge( array( 'ul', array() ), $groups ) );

		default:
			$nodes = array( array( 'p', array(), array( 'strong', array(), $title ) ) );
			if ( isset( $document['summary'] ) ) {
				$nodes[] = array( 'p', array(), hf_widgets_text( $document['summary'], $locale ) );
			}
			return $nodes;
	}
}

/**
 * The banner's hotlines: those named, in that order, else every line shown by default.
 *
 * @param array  $all    The document's hotlines.
 * @param string $wanted Checked ids, comma-separated, or ''.
 */
function hf_widgets_selected_hotlines( $all, $wanted ) {
	$all = is_array( $all ) ? $all : array();
	if ( '' === $wanted ) {
		return array_values(
			array_filter(
				$all,
				static function ( $line ) {
					return ! isset( $line['showByDefault'] ) || false !== $line['showByDefault'];
				}
			)
		);
	}
	$lines = array();
	foreach ( explode( ',', $wanted ) as $id ) {
		foreach ( $all as $line ) {
			if ( $line['id'] === $id ) {
				$lines[] = $line;
			}
		}
	}
	return $lines;
}

/**
 * The fallback's own words, in the widget's language (not the admin's): Serbian is written in
 * Cyrillic and transliterated for Latin, as in the elements.
 *
 * @param string $key    `exit`, `budget` or `beneficiaries`.
 * @param string $locale `en`, `sr-Cyrl` or `sr-Latn`.
 */
function hf_widgets_word( $key, $locale ) {
	$words = array(
		'en'      => array(
			'exit'          => 'Exit this page',
			'budget'        => 'Budget of the action',
			'beneficiaries' => 'Who benefits',
		),
		'sr-Cyrl' => array(
			'exit'          => 'Брзи излаз',
			'budget'        => 'Буџет пројекта',
			'beneficiaries' => 'Корисници пројекта',
		),
	);
	if ( 'en' === $locale ) {
		return $words['en'][ $key ];
	}
	return 'sr-Latn' === $locale ? hf_widgets_to_latin( $words['sr-Cyrl'][ $key ] ) : $words['sr-Cyrl'][ $key ];
}

/**
 * An amount with grouped digits and its currency code (`1,000,000 EUR`, `1.000.000 EUR`).
 *
 * @param float|int $amount   The amount.
 * @param string    $currency ISO 4217 code.
 * @param string    $locale   `en`, `sr-Cyrl` or `sr-Latn`.
 */
function hf_widgets_format_amount( $amount, $currency, $locale ) {
	$serbian = 'en' !== $locale;
	return number_format( (float) $amount, 0, $serbian ? ',' : '.', $serbian ? '.' : ',' ) . ' ' . $currency;
}

/**
 * The language the widgets speak on this site when a block or shortcode names none: the
 * settings' choice, else the site's language (Serbian → Cyrillic unless the locale says Latin).
 */
function hf_widgets_site_language() {
	$chosen = hf_widgets_settings()['lang'];
	if ( '' !== $chosen ) {
		return $chosen;
	}
	return hf_widgets_language_of_locale( get_locale() );
}

/**
 * A WordPress locale (`sr_RS`, `sr_RS@latin`, `en_GB`) as one of the elements' languages.
 *
 * @param string $locale WordPress locale.
 */
function hf_widgets_language_of_locale( $locale ) {
	if ( 0 === strpos( $locale, 'sr' ) ) {
		return false !== stripos( $locale, 'latin' ) || false !== stripos( $locale, 'latn' ) ? 'sr-Latn' : 'sr-Cyrl';
	}
	return 'en';
}

/**
 * Fallback nodes as HTML, every text and attribute escaped.
 *
 * @param array $nodes Nodes from hf_widgets_fallback().
 */
function hf_widgets_nodes_html( $nodes ) {
	$html = '';
	foreach ( $nodes as $node ) {
		if ( is_string( $node ) ) {
			$html .= esc_html( $node );
			continue;
		}
		$tag        = array_shift( $node );
		$attributes = array_shift( $node );
		$html      .= '<' . $tag;
		foreach ( $attributes as $name => $value ) {
			if ( '' === $value ) {
				$html .= ' ' . $name;
			} elseif ( 'href' === $name ) {
				$html .= ' href="' . esc_url( $value, array( 'http', 'https', 'tel' ) ) . '"';
			} else {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
		$html .= '>' . hf_widgets_nodes_html( $node ) . '</' . $tag . '>';
	}
	return $html;
}
